package com.orderpool.stores.control;

import com.orderpool.core.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the store's orders an import asks for: all, those created in a date range (the store's
 * own dates, both days included), or the ones with the given ids. Kept on the import job as text
 * ({@code all}, {@code range:2026-01-01..2026-01-31}, {@code ids:12,15}) and turned into the query
 * parameters of WooCommerce's order list.
 */
public record StoreSelection(Kind kind, LocalDate from, LocalDate to, List<Long> ids) {
  /** The most ids one import may name. */
  public static final int MAX_IDS = 500;

  public enum Kind {
    ALL,
    RANGE,
    IDS
  }

  public static StoreSelection all() {
    return new StoreSelection(Kind.ALL, null, null, List.of());
  }

  /** Orders created from one day to another (either may be open); refused if they cross. */
  public static StoreSelection range(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      throw new BusinessException("from", "store.import.range.empty");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new BusinessException("to", "store.import.range.order");
    }
    return new StoreSelection(Kind.RANGE, from, to, List.of());
  }

  /** Order ids separated by commas, spaces or lines; refused when one is not a positive number. */
  public static StoreSelection ids(String text) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String p = part.strip().replaceFirst("^#", "");
      try {
        long id = Long.parseLong(p);
        if (id <= 0) {
          throw new NumberFormatException(p);
        }
        ids.add(id);
      } catch (NumberFormatException e) {
        throw new BusinessException("ids", "store.import.ids.invalid", part.strip());
      }
    }
    if (ids.isEmpty()) {
      throw new BusinessException("ids", "store.import.ids.empty");
    }
    if (ids.size() > MAX_IDS) {
      throw new BusinessException("ids", "store.import.ids.tooMany", MAX_IDS);
    }
    return new StoreSelection(Kind.IDS, null, null, List.copyOf(ids));
  }

  /** The form kept on the job. */
  public String asText() {
    return switch (kind) {
      case ALL -> "all";
      case RANGE -> "range:" + (from == null ? "" : from) + ".." + (to == null ? "" : to);
      case IDS -> "ids:" + String.join(",", ids.stream().map(String::valueOf).toList());
    };
  }

  /** Reads the form kept on the job. */
  public static StoreSelection parse(String text) {
    if (text == null || text.equals("all")) {
      return all();
    }
    if (text.startsWith("range:")) {
      String[] days = text.substring(6).split("\\.\\.", -1);
      return range(day(days[0]), days.length > 1 ? day(days[1]) : null);
    }
    if (text.startsWith("ids:")) {
      return ids(text.substring(4));
    }
    throw new IllegalArgumentException("not a store selection: " + text);
  }

  /**
   * The query parameters that select these orders: {@code after} (exclusive, so the instant before
   * the first day) and {@code before} (the start of the day after the last), or {@code include}.
   */
  public List<String[]> parameters() {
    List<String[]> out = new ArrayList<>();
    if (kind == Kind.RANGE) {
      if (from != null) {
        out.add(new String[] {"after", from.minusDays(1) + "T23:59:59"});
      }
      if (to != null) {
        out.add(new String[] {"before", to.plusDays(1) + "T00:00:00"});
      }
    } else if (kind == Kind.IDS) {
      out.add(
          new String[] {"include", String.join(",", ids.stream().map(String::valueOf).toList())});
    }
    return out;
  }

  private static LocalDate day(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }
}
