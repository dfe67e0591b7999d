package com.orderpool.reports.control;

import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Counts the rows a register or export streams, telling the count every so many rows. */
final class Progress {
  private Progress() {}

  /** A sink that counts the rows it passes on. */
  static Consumer<Object[]> counting(Consumer<Object[]> sink, LongConsumer progress) {
    long[] n = new long[1];
    return row -> {
      sink.accept(row);
      if (++n[0] % RegisterReports.PROGRESS_EVERY == 0) {
        progress.accept(n[0]);
      }
    };
  }

  /** The register, with its rows counted as they stream. */
  static Register counting(Register r, LongConsumer progress) {
    return new Register() {
      @Override
      public String name() {
        return r.name();
      }

      @Override
      public List<Field> fields() {
        return r.fields();
      }

      @Override
      public List<Field> summaryFields() {
        return r.summaryFields();
      }

      @Override
      public Set<RegisterQuery.Filter> filters() {
        return r.filters();
      }

      @Override
      public void rows(RegisterQuery query, Consumer<Object[]> sink) {
        r.rows(query, counting(sink, progress));
      }

      @Override
      public long count(RegisterQuery query) {
        return r.count(query);
      }

      @Override
      public List<Object[]> summary(RegisterQuery query) {
        return r.summary(query);
      }
    };
  }
}
