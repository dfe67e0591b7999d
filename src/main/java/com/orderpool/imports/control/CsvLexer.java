package com.orderpool.imports.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded CSV text into rows of fields (RFC 4180), streaming: a field may be quoted with
 * {@code "}, a doubled quote inside quotes is one quote, quoted fields may hold the delimiter and
 * line ends (kept as {@code \n}); rows end with CRLF, LF or a lone CR. A quote inside an unquoted
 * field, and text after a closing quote, are kept literally. Physical lines are counted, those
 * inside quotes included.
 */
final class CsvLexer {
  /** The longest quoted field: a longer one is a quote that was never closed. */
  static final int MAX_FIELD = 1 << 20;

  private final Reader in;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private char delimiter;
  private int line = 1;

  /**
   * One row as split.
   *
   * @param line the physical line the row starts on
   * @param fields its fields, unquoted, trailing empty ones included
   */
  record Row(int line, List<String> fields) {}

  CsvLexer(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  void delimiter(char delimiter) {
    this.delimiter = delimiter;
  }

  /**
   * The first row that is not blank, as raw text without its line end, for recognising the
   * delimiter; null when there is none. A quote opens after a comma, a semicolon or at the start.
   * Text beyond {@code cap} characters is read but dropped.
   */
  String rawRow(int cap) throws IOException, CsvRefusedException {
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    int openLine = line;
    while (true) {
      int c = read();
      if (c < 0) {
        if (quoted) {
          throw unclosed(openLine);
        }
        return sb.isEmpty() || sb.toString().isBlank() ? null : sb.toString();
      }
      if (c == '\r' || c == '\n') {
        endOfLine(c);
        if (!quoted) {
          if (!sb.toString().isBlank()) {
            return sb.toString();
          }
          sb.setLength(0);
          continue;
        }
      } else if (c == '"') {
        if (quoted && peek() == '"') {
          sb.append((char) read());
        } else if (quoted) {
          quoted = false;
        } else if (sb.isEmpty() || isDelimiter(sb.charAt(sb.length() - 1))) {
          quoted = true;
          openLine = line;
        }
      }
      if (sb.length() < cap) {
        sb.append((char) c);
      } else if (quoted) {
        throw unclosed(openLine);
      }
    }
  }

  /**
   * The next row that is not blank (a blank row has only unquoted fields of white space, such as an
   * empty line or one of delimiters only), or null at the end.
   */
  Row next() throws IOException, CsvRefusedException {
    while (peek() >= 0) {
      int start = line;
      List<String> fields = new ArrayList<>();
      boolean quoted = readRow(fields);
      if (quoted || !fields.stream().allMatch(String::isBlank)) {
        return new Row(start, fields);
      }
    }
    return null;
  }

  /** Reads one row into fields; true when one of them was quoted. */
  private boolean readRow(List<String> fields) throws IOException, CsvRefusedException {
    StringBuilder field = new StringBuilder();
    boolean fieldStart = true;
    boolean anyQuoted = false;
    while (true) {
      int c = read();
      if (c < 0 || c == '\r' || c == '\n') {
        endOfLine(c);
        fields.add(field.toString());
        return anyQuoted;
      }
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
      } else if (c == '"' && fieldStart) {
        anyQuoted = true;
        fieldStart = false;
        readQuoted(field);
      } else {
        fieldStart = false;
        field.append((char) c);
      }
    }
  }

  /** Reads a quoted field's text up to its closing quote (consumed). */
  private void readQuoted(StringBuilder field) throws IOException, CsvRefusedException {
    int openLine = line;
    while (true) {
      int c = read();
      if (c < 0) {
        throw unclosed(openLine);
      }
      if (c == '"') {
        if (peek() != '"') {
          return;
        }
        read();
        field.append('"');
      } else if (c == '\r' || c == '\n') {
        endOfLine(c);
        field.append('\n');
      } else {
        field.append((char) c);
      }
      if (field.length() > MAX_FIELD) {
        throw unclosed(openLine);
      }
    }
  }

  /** Counts a line end just read (a CR followed by LF is one); nothing at the end of the text. */
  private void endOfLine(int c) throws IOException {
    if (c < 0) {
      return;
    }
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private boolean isDelimiter(char c) {
    return c == ',' || c == ';';
  }

  private static CsvRefusedException unclosed(int line) {
    return new CsvRefusedException("imports.quote.unclosed", line);
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private int read() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }
}
