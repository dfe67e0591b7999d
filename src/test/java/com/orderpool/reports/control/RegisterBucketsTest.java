package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.core.Register;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterBucketsTest {
  @Test
  void sampleRowsGiveEveryFieldAValueOfItsTypeAndNegativeAmountsInTheSecondRow() {
    List<Register.Field> fields =
        List.of(
            Register.Field.text("number"),
            Register.Field.code("kind"),
            Register.Field.money("gross"),
            Register.Field.rate("vatRate"),
            Register.Field.integer("days"),
            Register.Field.date("date"));
    LocalDate today = LocalDate.parse("2026-12-05");
    Object[] second = SampleRows.row(fields, 1, today);
    assertEquals("Sample number 2", second[0]);
    assertEquals("SAMPLE", second[1]);
    assertEquals(-1, ((java.math.BigDecimal) second[2]).signum());
    assertEquals(14L, second[4]);
    assertEquals(today.minusDays(1), second[5]);
  }
}
