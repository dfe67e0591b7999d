package com.orderpool.core;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A register a report is made of (invoices, payments, orders, ...). The context that owns the data
 * implements it as a CDI bean; the reports context finds every register by its {@link #name()} and
 * turns it into PDF, XLSX or CSV. Rows stream in order and are never collected in memory here: an
 * implementation reads them in pages from the database. Values are {@code String}, {@code Long},
 * {@code BigDecimal} or {@code LocalDate}, aligned with {@link #fields()}; a coded field carries a
 * code (such as {@code CREDIT_NOTE}) that the report's texts translate. Callers run inside the
 * tenant's transaction.
 */
public interface Register {
  /** The report's name, as in its URL and design ({@code invoices}, {@code credit-notes}, ...). */
  String name();

  /** The register's columns, in order. */
  List<Field> fields();

  /** The summary rows' columns: a {@code label} first, then totals. */
  List<Field> summaryFields();

  /** The filters besides the date range that apply to this register. */
  Set<RegisterQuery.Filter> filters();

  /** Streams the register's rows, in order, to the sink. */
  void rows(RegisterQuery query, Consumer<Object[]> sink);

  /** How many rows {@link #rows} would give (for progress and for the size of the work). */
  long count(RegisterQuery query);

  /**
   * The summary rows (totals by rate, by method, by bucket...), aligned with the summary fields.
   */
  List<Object[]> summary(RegisterQuery query);

  /** One column: its name (the design's field and the texts' {@code col.<name>}) and its type. */
  record Field(String name, TableWriter.Type type, boolean coded) {
    public static Field text(String name) {
      return new Field(name, TableWriter.Type.TEXT, false);
    }

    public static Field code(String name) {
      return new Field(name, TableWriter.Type.TEXT, true);
    }

    public static Field money(String name) {
      return new Field(name, TableWriter.Type.MONEY, false);
    }

    public static Field rate(String name) {
      return new Field(name, TableWriter.Type.RATE, false);
    }

    public static Field integer(String name) {
      return new Field(name, TableWriter.Type.INTEGER, false);
    }

    public static Field date(String name) {
      return new Field(name, TableWriter.Type.DATE, false);
    }
  }
}
