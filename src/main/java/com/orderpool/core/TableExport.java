package com.orderpool.core;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A list a user can export as it is filtered on its page (the order pool, the customers, the
 * outbox). The context that owns the list implements it as a CDI bean; the reports context writes
 * the file, at once or, for a long list, as a background job. The parameters are the page's filter
 * and visible columns as JSON, so a job can be run again after a restart. Callers run inside the
 * tenant's transaction; rows stream in pages and are never all held in memory.
 */
public interface TableExport {
  /** The export's name ({@code pool}, {@code customers}, {@code outbox}). */
  String name();

  /** The roles that may export this list (the same as may see it). */
  Set<String> roles();

  /** A column whose header is a text of the application's bundle in the language. */
  static TableWriter.Column column(String language, String key, TableWriter.Type type) {
    return new TableWriter.Column(UiTexts.text(language, key), type);
  }

  /** The table for the page's parameters, with headers in the language. */
  Table table(String params, String language);

  /**
   * A table to write: its title (a sheet name and the file's name), columns, about how many rows
   * (capped, for the decision to run it in the background), and its rows.
   */
  record Table(
      String title,
      List<TableWriter.Column> columns,
      long count,
      Consumer<Consumer<Object[]>> rows) {}
}
