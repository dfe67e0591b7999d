package com.orderpool.reports.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Register rows parked in a temporary file between the database read (on the request's thread, in
 * its transaction) and the PDF fill (on a report thread), so a register of any size never sits in
 * memory. The file is deleted on close.
 */
final class RowSpool implements Closeable {
  private static final int RESET_EVERY = 1000;

  private final Path file;
  private ObjectOutputStream out;
  private long rows;

  RowSpool() {
    try {
      file = Files.createTempFile("orderpool-report-", ".rows");
      out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one row (values must be serialisable: strings, numbers, dates). */
  void add(Object[] row) {
    try {
      out.writeObject(row);
      if (++rows % RESET_EVERY == 0) {
        out.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long rows() {
    return rows;
  }

  /** Ends writing; the rows can then be read once, in order. */
  Reader reader() {
    try {
      out.close();
      out = null;
      return new Reader(
          new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException ignored) {
      // the file goes anyway
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  /** Reads the spooled rows back in order; {@code null} at the end. */
  static final class Reader implements Closeable {
    private final ObjectInputStream in;

    Reader(ObjectInputStream in) {
      this.in = in;
    }

    Object[] next() {
      try {
        return (Object[]) in.readObject();
      } catch (EOFException end) {
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
