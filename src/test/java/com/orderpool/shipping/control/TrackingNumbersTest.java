package com.orderpool.shipping.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tracking numbers as people paste them. */
class TrackingNumbersTest {
  @Test
  void oneNumberPerLineOrSeparatedBlanksSkippedEachOnce() {
    assertEquals(
        List.of("PK001ES", "PK002ES", "1Z999AA10123456784"),
        TrackingNumbers.parse(" PK001ES\r\n\nPK002ES, 1Z999AA10123456784;PK001ES \n"));
    assertEquals(List.of(), TrackingNumbers.parse("  \n "));
    assertEquals(List.of(), TrackingNumbers.parse(null));
  }

  @Test
  void somethingThatIsNoTrackingNumberIsRefusedWithWhatWasWrong() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> TrackingNumbers.parse("PK001ES\n<script>"));
    assertEquals("shipment.tracking.invalid", e.messageKey());
    assertEquals("<script>", e.args()[0]);
    assertThrows(BusinessException.class, () -> TrackingNumbers.parse("X".repeat(65)));
  }

  @Test
  void atMostFiftyParcels() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      many.append("N").append(i).append('\n');
    }
    assertEquals(
        "shipment.tracking.tooMany",
        assertThrows(BusinessException.class, () -> TrackingNumbers.parse(many.toString()))
            .messageKey());
  }

  @Test
  void aPastedColumnGivesEachOrderItsLineBlankLinesKeepTheirPlace() {
    assertEquals(
        java.util.Arrays.asList("PK001ES", null, "PK003ES", null),
        TrackingNumbers.column(" PK001ES\r\n\nPK003ES \n\n\n", 4),
        "a blank line is an order without a number; a short column leaves the last without");
    assertEquals(java.util.Arrays.asList(null, null), TrackingNumbers.column(null, 2));
    assertEquals(List.of("A1", "", "B2"), TrackingNumbers.lines("A1\n \nB2\n  \n"));
  }

  @Test
  void moreLinesThanOrdersOrOneNumberTwiceIsRefusedOnTheField() {
    BusinessException more =
        assertThrows(BusinessException.class, () -> TrackingNumbers.column("A1\nB2\nC3", 2));
    assertEquals("shipment.bulk.tooManyNumbers", more.messageKey());
    assertEquals("tracking", more.field());
    assertEquals(
        "shipment.bulk.sameNumber",
        assertThrows(BusinessException.class, () -> TrackingNumbers.column("A1\nA1", 2))
            .messageKey());
    assertEquals(
        "shipment.tracking.invalid",
        assertThrows(BusinessException.class, () -> TrackingNumbers.column("A1 B2", 2))
            .messageKey(),
        "one line is one order's number");
  }
}
