package com.orderpool.imports.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file opened for import: its encoding, delimiter and header, then its records in order.
 *
 * <p>Opening reads the file once to recognise it (size, empty, binary, UTF-16/32, UTF-8 with or
 * without byte order mark, else Windows-1252) and then reads it again, streaming: only the current
 * record is held in memory. The header names the columns ({@code known} and {@code required}
 * together are the allowed names; blank names are ignored). Records are RFC 4180: see {@link
 * #next()}. Not thread-safe. An I/O error (say, the file was deleted) is an {@link
 * UncheckedIOException}, not a refusal.
 */
public final class CsvSource implements AutoCloseable {
  /** The longest header line kept; longer text is dropped (and its columns are unknown). */
  private static final int HEADER_CAP = 64 * 1024;

  private final Counting counter;
  private final CsvLexer lexer;
  private final Charset charset;
  private final char delimiter;
  private final List<String> header;

  private CsvSource(
      Counting counter, CsvLexer lexer, Charset charset, char delimiter, List<String> header) {
    this.counter = counter;
    this.lexer = lexer;
    this.charset = charset;
    this.delimiter = delimiter;
    this.header = List.copyOf(header);
  }

  /**
   * Opens a file: refuses it when it is empty (no bytes, or only a byte order mark and blank
   * lines), larger than {@code maxBytes}, binary, UTF-16/32, neither UTF-8 nor Windows-1252, or
   * when its header lacks a required column, names a column twice or names one that is not known
   * (case-insensitive, trimmed). The delimiter is ',' or ';', the one that gives more known columns
   * in the header line.
   */
  public static CsvSource open(Path file, long maxBytes, Set<String> required, Set<String> known)
      throws CsvRefusedException {
    CsvSniffer.Result sniff = CsvSniffer.sniff(file, maxBytes);
    Counting counter = null;
    try {
      counter = new Counting(Files.newInputStream(file));
      counter.skipNBytes(sniff.bomLength());
      CsvLexer lexer = new CsvLexer(new InputStreamReader(counter, sniff.charset()), ',');
      String raw = lexer.rawRow(HEADER_CAP);
      if (raw == null) {
        throw new CsvRefusedException("imports.file.empty");
      }
      char delimiter = CsvHeader.delimiter(raw, known);
      List<String> header = CsvHeader.columns(raw, delimiter);
      CsvHeader.check(header, required, known);
      lexer.delimiter(delimiter);
      return new CsvSource(counter, lexer, sniff.charset(), delimiter, header);
    } catch (IOException e) {
      closeQuietly(counter);
      throw new UncheckedIOException(e);
    } catch (CsvRefusedException | RuntimeException e) {
      closeQuietly(counter);
      throw e;
    }
  }

  /** UTF-8 or Windows-1252. */
  public Charset charset() {
    return charset;
  }

  /** ',' or ';'. */
  public char delimiter() {
    return delimiter;
  }

  /** The header's column names, lower-cased and trimmed, in file order (blank ones as ""). */
  public List<String> header() {
    return header;
  }

  /**
   * The next record, or null at the end. Blank lines are skipped, and so are lines of unquoted
   * white space and delimiters only (the empty rows spreadsheets write). Fields may be quoted with
   * {@code "}; {@code ""} inside quotes is a quote; quoted fields may hold the delimiter and line
   * ends (given as {@code \n}). A record with fewer fields than the header lacks the last columns,
   * one with more keeps only the header's columns ({@link CsvRecord#fieldCount()} tells).
   *
   * @throws CsvRefusedException {@code imports.quote.unclosed} with the line where a quote opened
   *     that is never closed
   */
  public CsvRecord next() throws CsvRefusedException {
    CsvLexer.Row row;
    try {
      row = lexer.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (row == null) {
      return null;
    }
    List<String> fields = row.fields();
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(header.size(), fields.size()); i++) {
      if (!header.get(i).isEmpty()) {
        values.put(header.get(i), fields.get(i));
      }
    }
    return new CsvRecord(row.line(), values, fields.size());
  }

  /**
   * Bytes of the file read so far, byte order mark included, for progress against the file's size.
   * Reading runs ahead of the records returned by up to a buffer (8 KB).
   */
  public long bytesRead() {
    return counter.count;
  }

  @Override
  public void close() {
    closeQuietly(counter);
  }

  private static void closeQuietly(InputStream in) {
    if (in == null) {
      return;
    }
    try {
      in.close();
    } catch (IOException e) {
      // nothing was written, and the file is only read: a failed close loses nothing
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
