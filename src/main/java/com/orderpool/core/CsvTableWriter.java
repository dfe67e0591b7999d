package com.orderpool.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The CSV {@link TableWriter}: UTF-8 with a byte order mark, comma separated, CRLF line ends and
 * RFC 4180 quoting. Every cell is text: numbers plain (never scientific or grouped), dates ISO,
 * date times {@code yyyy-MM-dd HH:mm}; strings are neutralised against formula injection. Also
 * holds the value formatting shared with {@link XlsxTableWriter}.
 */
final class CsvTableWriter implements TableWriter {
  static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int BUFFER = 1 << 16;

  private final Writer w;
  private List<Column> columns;
  private long rows;
  private boolean closed;

  CsvTableWriter(OutputStream out, List<Column> columns) throws IOException {
    this.columns = columns(columns);
    // never closed: close() flushes, the caller owns the stream
    this.w = new BufferedWriter(new OutputStreamWriter(out, UTF_8), BUFFER);
    w.write('\uFEFF');
    header();
  }

  @Override
  public void row(Object... values) throws IOException {
    Object[] v = values(values, columns, closed);
    for (int i = 0; i < v.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      if (v[i] != null) {
        field(text(v[i]));
      }
    }
    w.write("\r\n");
    rows++;
  }

  @Override
  public void sheet(String sheetName, List<Column> columns) throws IOException {
    ensureOpen(closed);
    this.columns = columns(columns);
    w.write("\r\n");
    header();
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      w.flush();
    }
  }

  private void header() throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      field(TableWriter.neutralise(columns.get(i).header()));
    }
    w.write("\r\n");
  }

  /** Writes one field, quoted (quotes doubled) when it holds a comma, quote, CR or LF. */
  private void field(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        w.write('"');
        w.write(s.replace("\"", "\"\""));
        w.write('"');
        return;
      }
    }
    w.write(s);
  }

  // ---- shared with XlsxTableWriter ----

  /** A checked, unmodifiable copy of the columns: at least one, no nulls. */
  static List<Column> columns(List<Column> columns) {
    Objects.requireNonNull(columns, "columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("A table needs at least one column");
    }
    return List.copyOf(columns);
  }

  /** The row's values, checked against the columns (a null array is one null value). */
  static Object[] values(Object[] values, List<Column> columns, boolean closed) {
    ensureOpen(closed);
    Object[] v = values == null ? new Object[1] : values;
    if (v.length != columns.size()) {
      throw new IllegalArgumentException(
          "Row has " + v.length + " values for " + columns.size() + " columns");
    }
    return v;
  }

  static void ensureOpen(boolean closed) {
    if (closed) {
      throw new IllegalStateException("TableWriter is closed");
    }
  }

  /**
   * The exact plain decimal text of a finite number (no exponent, no grouping, sign kept), or null
   * if the value is not one.
   */
  static String number(Object v) {
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      return v.toString();
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        return null;
      }
      // Float via its own shortest text, so 0.1f stays 0.1
      return v instanceof Float
          ? new BigDecimal(v.toString()).toPlainString()
          : BigDecimal.valueOf(d).toPlainString();
    }
    if (v instanceof Number) {
      try {
        return new BigDecimal(v.toString()).toPlainString();
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * A non-null value as cell text: numbers plain, dates ISO, date times {@code yyyy-MM-dd HH:mm},
   * booleans {@code true}/{@code false}; anything else (strings) neutralised.
   */
  static String text(Object v) {
    String n = number(v);
    if (n != null) {
      return n;
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof LocalDateTime t) {
      return DATETIME.format(t);
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    return TableWriter.neutralise(v.toString());
  }
}
