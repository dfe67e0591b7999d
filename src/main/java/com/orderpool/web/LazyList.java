package com.orderpool.web;

import com.orderpool.core.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A PrimeFaces lazy model that pages in the database through two boundary calls. */
public class LazyList<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Counts the rows matching a free-text search. */
  public interface Counter extends java.io.Serializable {
    long count(String search);
  }

  /** Loads one page of rows. */
  public interface Loader<T> extends java.io.Serializable {
    List<T> load(PageRequest page);
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final SerializableKey<T> key;

  /** Extracts a row's key for selection. */
  public interface SerializableKey<T> extends Function<T, String>, java.io.Serializable {}

  public LazyList(Counter counter, Loader<T> loader, SerializableKey<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count(search(filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sortField = null;
    boolean ascending = false;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      sortField = meta.getField();
      ascending = meta.getOrder() == SortOrder.ASCENDING;
    }
    return loader.load(new PageRequest(first, pageSize, sortField, ascending, search(filterBy)));
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(r -> key.apply(r).equals(rowKey))
            .findFirst()
            .orElse(null);
  }

  private static String search(Map<String, FilterMeta> filterBy) {
    if (filterBy == null) {
      return null;
    }
    FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    return global == null || global.getFilterValue() == null
        ? null
        : global.getFilterValue().toString();
  }
}
