package com.orderpool.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The XLSX {@link TableWriter}: writes the OOXML package itself with a {@link ZipOutputStream},
 * streaming each worksheet's XML as the rows arrive (inline strings, no shared strings table). Each
 * sheet has a bold, filled header row that is frozen and carries an autofilter; numbers and dates
 * are numeric cells with a number or date format. A sheet that reaches Excel's row limit continues
 * on a new sheet "name (2)" with the header repeated. Workbook, relationships, styles and content
 * types are written on {@link #close()}, by {@link XlsxPackage}.
 */
final class XlsxTableWriter implements TableWriter {
  /** Data rows per sheet: Excel's 1,048,576 rows less the header. */
  static final int MAX_ROWS = 1_048_575;

  private static final int MAX_COLUMNS = 16_384;
  private static final int MAX_TEXT = 32_767;
  private static final int MAX_NAME = 31;
  private static final long EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1); // before: Excel's 1900 bug
  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private final ZipOutputStream zip;
  private final Writer w;
  private final int maxRows;
  private final List<String> sheetNames = new ArrayList<>();
  private final List<String> filterRanges = new ArrayList<>(); // $A$1:$F$9 per sheet
  private List<Column> columns;
  private String[] letters;
  private String baseName;
  private int part;
  private int sheetRows;
  private long rows;
  private boolean closed;

  XlsxTableWriter(OutputStream out, String sheetName, List<Column> columns) throws IOException {
    this(out, sheetName, columns, MAX_ROWS);
  }

  /** With a smaller row limit per sheet, for tests of the overflow. */
  XlsxTableWriter(OutputStream out, String sheetName, List<Column> columns, int maxRows)
      throws IOException {
    this.maxRows = maxRows;
    this.zip =
        new ZipOutputStream(out, UTF_8) {
          @Override
          public void close() throws IOException {
            finish(); // not super.close(): the caller's stream stays open
            def.end();
            this.out.flush();
          }
        };
    this.w = new BufferedWriter(new OutputStreamWriter(zip, UTF_8), 1 << 16);
    startSheet(sheetName, checked(columns));
  }

  @Override
  public void row(Object... values) throws IOException {
    Object[] v = CsvTableWriter.values(values, columns, closed);
    if (sheetRows == maxRows) {
      endSheet();
      part++;
      begin(unique(fit(baseName, " (" + part + ")")));
    }
    String r = Integer.toString(sheetRows + 2);
    w.write("<row r=\"");
    w.write(r);
    w.write("\">");
    for (int i = 0; i < v.length; i++) {
      if (v[i] != null) {
        cell(i, r, v[i]);
      }
    }
    w.write("</row>");
    sheetRows++;
    rows++;
  }

  @Override
  public void sheet(String sheetName, List<Column> columns) throws IOException {
    CsvTableWriter.ensureOpen(closed);
    List<Column> checked = checked(columns);
    endSheet();
    startSheet(sheetName, checked);
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    endSheet();
    XlsxPackage.write(zip, w, sheetNames, filterRanges);
    w.close(); // finishes the zip and flushes, see the constructor
  }

  // ---- worksheets ----

  private static List<Column> checked(List<Column> columns) {
    List<Column> checked = CsvTableWriter.columns(columns);
    if (checked.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException("XLSX allows at most " + MAX_COLUMNS + " columns");
    }
    return checked;
  }

  private void startSheet(String sheetName, List<Column> checked) throws IOException {
    this.columns = checked;
    this.letters = new String[checked.size()];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = column(i);
    }
    this.baseName = sanitise(sheetName);
    this.part = 1;
    begin(unique(baseName));
  }

  private void begin(String name) throws IOException {
    sheetNames.add(name);
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml"));
    w.write(XlsxPackage.XML);
    w.write(
        """
        <worksheet xmlns="%s" xmlns:r="%s"><sheetViews><sheetView %sworkbookViewId="0">\
        <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
        <selection pane="bottomLeft"/></sheetView></sheetViews><cols>"""
            .formatted(
                XlsxPackage.MAIN,
                XlsxPackage.REL,
                sheetNames.size() == 1 ? "tabSelected=\"1\" " : ""));
    for (int i = 0; i < columns.size(); i++) {
      w.write(
          "<col min=\"%d\" max=\"%d\" width=\"%d\" customWidth=\"1\"/>"
              .formatted(i + 1, i + 1, width(columns.get(i))));
    }
    w.write("</cols><sheetData><row r=\"1\">");
    for (int i = 0; i < columns.size(); i++) {
      text(letters[i], "1", " s=\"1\"", TableWriter.neutralise(columns.get(i).header()));
    }
    w.write("</row>");
    sheetRows = 0;
  }

  private void endSheet() throws IOException {
    String range = "$A$1:$" + letters[letters.length - 1] + "$" + (sheetRows + 1);
    filterRanges.add(range);
    w.write("</sheetData><autoFilter ref=\"" + range.replace("$", "") + "\"/></worksheet>");
    w.flush();
    zip.closeEntry();
  }

  private void cell(int i, String r, Object v) throws IOException {
    Type type = columns.get(i).type();
    String value =
        switch (type) {
          case INTEGER, MONEY, RATE -> CsvTableWriter.number(v);
          case DATE -> v instanceof LocalDate d ? serial(d, 0) : null;
          case DATETIME ->
              v instanceof LocalDateTime t
                  ? serial(t.toLocalDate(), t.toLocalTime().toNanoOfDay())
                  : null;
          case TEXT -> null;
        };
    if (value == null) {
      text(letters[i], r, "", CsvTableWriter.text(v));
      return;
    }
    w.write("<c r=\"");
    w.write(letters[i]);
    w.write(r);
    w.write("\" s=\"");
    w.write(Integer.toString(type.ordinal() + 1)); // cellXfs 2..6, see XlsxPackage.STYLES
    w.write("\"><v>");
    w.write(value);
    w.write("</v></c>");
  }

  /**
   * An inline string cell (style: empty or an s attribute); text longer than Excel's cell limit is
   * cut to it.
   */
  private void text(String letter, String row, String style, String s) throws IOException {
    int n = Math.min(s.length(), MAX_TEXT);
    if (n < s.length() && Character.isHighSurrogate(s.charAt(n - 1))) {
      n--;
    }
    w.write("<c r=\"");
    w.write(letter);
    w.write(row);
    w.write('"');
    w.write(style);
    w.write(" t=\"inlineStr\"><is><t");
    if (n > 0 && (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ')) {
      w.write(" xml:space=\"preserve\"");
    }
    w.write('>');
    XlsxPackage.escape(w, s, n, true);
    w.write("</t></is></c>");
  }

  /** The Excel serial day number (1900 date system), or null outside Excel's date range. */
  private static String serial(LocalDate d, long nanoOfDay) {
    if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
      return null;
    }
    long days = d.toEpochDay() - EPOCH;
    return nanoOfDay == 0
        ? Long.toString(days)
        : Double.toString(days + nanoOfDay / 86_400_000_000_000d);
  }

  private static int width(Column c) {
    int min =
        switch (c.type()) {
          case TEXT -> 20;
          case INTEGER, RATE -> 10;
          case MONEY -> 14;
          case DATE -> 12;
          case DATETIME -> 17;
        };
    // header text plus room for the autofilter button
    return Math.min(60, Math.max(min, c.header().length() + 4));
  }

  /** The column letters for a 0-based index: A ... Z, AA ... XFD. */
  static String column(int index) {
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.append((char) ('A' + (n - 1) % 26));
    }
    return b.reverse().toString();
  }

  // ---- sheet names ----

  /**
   * A valid sheet name: []:*?/\ replaced or dropped, control characters dropped, no leading or
   * trailing apostrophe, at most 31 characters, never blank.
   */
  static String sanitise(String name) {
    StringBuilder b = new StringBuilder();
    String s = name == null ? "" : name;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '/', '\\', ':' -> b.append('-');
        case '[' -> b.append('(');
        case ']' -> b.append(')');
        case '*', '?' -> {}
        default -> {
          if (c >= ' ' && c != '\uFFFE' && c != '\uFFFF') {
            b.append(c);
          }
        }
      }
    }
    String t = b.toString().strip();
    while (t.startsWith("'") || t.endsWith("'")) {
      t = (t.startsWith("'") ? t.substring(1) : t.substring(0, t.length() - 1)).strip();
    }
    t = fit(t.isEmpty() ? "Sheet" : t, "");
    return t.equalsIgnoreCase("History") ? "History_" : t;
  }

  /** The name cut so that name + suffix has at most 31 characters (no split surrogate pair). */
  private static String fit(String name, String suffix) {
    int n = Math.min(name.length(), MAX_NAME - suffix.length());
    if (n < name.length() && n > 0 && Character.isHighSurrogate(name.charAt(n - 1))) {
      n--;
    }
    return name.substring(0, n).strip() + suffix;
  }

  /** The name, or "name (k)" if a sheet of that name (ignoring case) exists already. */
  private String unique(String name) {
    String candidate = name;
    for (int k = 2; taken(candidate); k++) {
      candidate = fit(name, " (" + k + ")");
    }
    return candidate;
  }

  private boolean taken(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return sheetNames.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(key));
  }
}
