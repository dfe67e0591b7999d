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
}
