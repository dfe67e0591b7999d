package com.orderpool.invoicing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocNumberFormatTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  @Test
  void yearAndPaddedSequence() {
    DocNumberFormat f = DocNumberFormat.parse("INV-{yyyy}-{seq:6}");
    assertEquals("INV-2026-000123", f.format(123, DAY));
    assertEquals("INV-2026-1234567", f.format(1_234_567, DAY), "never cut");
    assertEquals("INV-2026-#", f.series(DAY));
  }

  @Test
  void aNewYearIsANewSeries() {
    DocNumberFormat f = DocNumberFormat.parse("CN{yyyy}/{seq:4}");
    assertNotEquals(f.series(DAY), f.series(DAY.plusYears(1)));
    assertEquals("CN2027/0001", f.format(1, DAY.plusYears(1)));
  }

  @Test
  void withoutYearOneSeriesForever() {
    DocNumberFormat f = DocNumberFormat.parse("F-{seq}");
    assertEquals("F-7", f.format(7, DAY));
    assertEquals(f.series(DAY), f.series(DAY.plusYears(3)));
  }

  @Test
  void unusableFormatsAreRefusedWithAReason() {
    assertEquals("invoice.format.noSeq", key("INV-{yyyy}"));
    assertEquals("invoice.format.twoSeq", key("{seq}-{seq:3}"));
    assertEquals("invoice.format.chars", key("INV {seq}"));
    assertEquals("invoice.format.length", key(""));
    assertEquals("invoice.format.length", key("X".repeat(31) + "{seq}"));
  }

  private static String key(String format) {
    BusinessException e =
        assertThrows(BusinessException.class, () -> DocNumberFormat.parse(format));
    assertEquals("numberFormat", e.field());
    return e.messageKey();
  }
}
