package com.orderpool.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams a table (a header row, then data rows) to CSV or XLSX as the rows arrive, without holding
 * them in memory: used to export report registers and lists of any size (a million rows and more).
 * Text cells are neutralised against formula injection; numbers, money and dates are written
 * exactly (CSV: plain text, XLSX: numeric cells with a number or date format).
 *
 * <pre>{@code
 * try (TableWriter t = TableWriter.open(Format.XLSX, out, "Invoices", columns)) {
 *   t.row("F-2026-0001", LocalDate.of(2026, 11, 3), new BigDecimal("-12.50"));
 *   t.sheet("Summary", summaryColumns);
 *   t.row("Total", new BigDecimal("1000.00"));
 * }
 * }</pre>
 */
public interface TableWriter extends Closeable {

  /** The file formats a table can be written in. */
  enum Format {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    /** The file name extension, without the dot: {@code csv} or {@code xlsx}. */
    public String extension() {
      return extension;
    }

    /** The media type for a Content-Type header. */
    public String mediaType() {
      return mediaType;
    }

    /** The format for a file name extension ({@code csv} or {@code xlsx}, any case), else empty. */
    public static Optional<Format> of(String extension) {
      if (extension != null) {
        for (Format f : values()) {
          if (f.extension.equalsIgnoreCase(extension)) {
            return Optional.of(f);
          }
        }
      }
      return Optional.empty();
    }
  }

  /** What a column holds; it chooses the XLSX cell type and number format. */
  enum Type {
    TEXT,
    INTEGER,
    MONEY,
    RATE,
    DATE,
    DATETIME
  }

  /** A column: its header text and type (a null header is written as an empty cell). */
  record Column(String header, Type type) {
    public Column {
      header = header == null ? "" : header;
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * Opens a writer; writes the header row at once. sheetName is used for XLSX (sanitised: max 31
   * chars, no []:*?/\ ).
   */
  static TableWriter open(Format format, OutputStream out, String sheetName, List<Column> columns)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    return switch (format) {
      case CSV -> new CsvTableWriter(out, columns);
      case XLSX -> new XlsxTableWriter(out, sheetName, columns);
    };
  }

  /**
   * One row, values aligned with the columns. Accepted values: null (empty cell), String, Number
   * (Long/Integer/BigDecimal/Double), java.time.LocalDate, java.time.LocalDateTime, Boolean. A
   * value that does not fit its column's type is written as text.
   *
   * @throws IllegalArgumentException if the number of values differs from the number of columns
   */
  void row(Object... values) throws IOException;

  /**
   * Starts another sheet with its own columns (XLSX: a new worksheet with header, freeze and
   * autofilter; CSV: an empty line, then the new header row). Used for a "Summary" part after the
   * register rows.
   */
  void sheet(String sheetName, List<Column> columns) throws IOException;

  /** Rows written so far (all sheets, header rows not counted). */
  long rows();

  /** Finishes the file (XLSX trailer, flush). Does NOT close the underlying OutputStream. */
  @Override
  void close() throws IOException;

  /**
   * Formula neutralisation for text cells: a value starting with '=', '+', '-', '@', TAB or CR gets
   * a leading apostrophe (').
   */
  static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + text
        : text;
  }
}
