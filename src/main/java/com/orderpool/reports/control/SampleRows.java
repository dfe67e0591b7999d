package com.orderpool.reports.control;

import com.orderpool.core.Register;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Rows of made-up values for test-filling a register design: every field gets a value of its type,
 * the second row negative amounts, so a design that cannot print one fails before it is accepted.
 */
final class SampleRows {
  private SampleRows() {}

  static Object[] row(List<Register.Field> fields, int index, LocalDate today) {
    Object[] row = new Object[fields.size()];
    for (int i = 0; i < row.length; i++) {
      Register.Field f = fields.get(i);
      row[i] =
          switch (f.type()) {
            case MONEY -> new BigDecimal(index == 1 ? "-1234.56" : "98765.43");
            case RATE -> new BigDecimal("21.00");
            case INTEGER -> (long) (index + 1) * 7;
            case DATE, DATETIME -> today.minusDays(index);
            case TEXT -> f.coded() ? "SAMPLE" : "Sample " + f.name() + " " + (index + 1);
          };
    }
    return row;
  }
}
