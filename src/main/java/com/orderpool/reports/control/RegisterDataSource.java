package com.orderpool.reports.control;

import com.orderpool.core.Register;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds a register design: the spooled register rows (field {@code section} = {@code ROW}), then
 * the summary rows ({@code SUMMARY}). Days become {@link Date}s at the start of the day in the
 * tenant's zone, which the design formats in the same zone.
 */
final class RegisterDataSource implements JRDataSource {
  private final RowSpool.Reader rows;
  private final Iterator<Object[]> summary;
  private final Map<String, Integer> rowIndex;
  private final Map<String, Integer> summaryIndex;
  private final ZoneId zone;
  private Object[] current;
  private boolean inSummary;

  RegisterDataSource(RowSpool.Reader rows, Register register, List<Object[]> summary, ZoneId zone) {
    this.rows = rows;
    this.summary = summary.iterator();
    this.rowIndex = index(register.fields());
    this.summaryIndex = index(register.summaryFields());
    this.zone = zone;
  }

  private static Map<String, Integer> index(List<Register.Field> fields) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      m.put(fields.get(i).name(), i);
    }
    return m;
  }

  @Override
  public boolean next() {
    if (!inSummary) {
      current = rows.next();
      if (current != null) {
        return true;
      }
      inSummary = true;
      try {
        rows.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    current = summary.hasNext() ? summary.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) {
    String name = field.getName();
    if ("section".equals(name)) {
      return inSummary ? "SUMMARY" : "ROW";
    }
    Integer i = (inSummary ? summaryIndex : rowIndex).get(name);
    if (i == null || i >= current.length) {
      return null;
    }
    Object v = current[i];
    if (v instanceof LocalDate d) {
      return Date.from(d.atStartOfDay(zone).toInstant());
    }
    if (v instanceof Integer n && Long.class.equals(field.getValueClass())) {
      return n.longValue();
    }
    return v;
  }
}
