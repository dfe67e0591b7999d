package com.orderpool.reports.control;

import com.orderpool.core.TableExport;
import com.orderpool.core.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;

/** Writes an export's table as CSV or XLSX, row by row. */
public final class ExportWriter {
  private ExportWriter() {}

  /** Writes the table; returns the number of rows. */
  public static long write(
      TableExport.Table table, TableWriter.Format format, OutputStream out, LongConsumer progress) {
    try (TableWriter w = TableWriter.open(format, out, table.title(), table.columns())) {
      table
          .rows()
          .accept(
              Progress.counting(
                  row -> {
                    try {
                      w.row(row);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  progress));
      return w.rows();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
