package com.orderpool.collaboration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketTest {
  private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

  private static Ticket ticket() {
    return new Ticket(1, " Where is my parcel? ", "staff@x.test", T0);
  }

  @Test
  void aNewTicketIsOpen() {
    Ticket t = ticket();
    assertEquals(TicketStatus.OPEN, t.getStatus());
    assertEquals("Where is my parcel?", t.getSubject());
    assertEquals(T0, t.getUpdatedAt());
  }

  @Test
  void aReplyAnswersItAndTheCustomerWritingOpensItAgain() {
    Ticket t = ticket();
    t.answered(T0.plusSeconds(60));
    assertEquals(TicketStatus.ANSWERED, t.getStatus());
    assertEquals(T0.plusSeconds(60), t.getUpdatedAt());
    t.answered(T0.plusSeconds(90));
    assertEquals(TicketStatus.ANSWERED, t.getStatus(), "a second reply keeps it answered");
    t.customerWrote(T0.plusSeconds(120));
    assertEquals(TicketStatus.OPEN, t.getStatus());
  }

  @Test
  void aClosedTicketTakesNoReplyUntilReopened() {
    Ticket t = ticket();
    t.close(T0.plusSeconds(10));
    assertTrue(t.isClosed());
    assertEquals(
        "ticket.closed", assertThrows(BusinessException.class, () -> t.answered(T0)).messageKey());
    assertEquals(
        "ticket.closed", assertThrows(BusinessException.class, () -> t.close(T0)).messageKey());
    t.reopen(T0.plusSeconds(20));
    assertEquals(TicketStatus.OPEN, t.getStatus());
    t.answered(T0.plusSeconds(30));
    assertEquals(TicketStatus.ANSWERED, t.getStatus());
  }

  @Test
  void onlyAClosedTicketCanBeReopened() {
    Ticket t = ticket();
    assertEquals(
        "ticket.notClosed", assertThrows(BusinessException.class, () -> t.reopen(T0)).messageKey());
    t.answered(T0);
    assertThrows(BusinessException.class, () -> t.reopen(T0));
  }

  @Test
  void theRankPutsOpenBeforeAnsweredBeforeClosed() {
    List<TicketStatus> sorted =
        Arrays.stream(TicketStatus.values())
            .sorted(Comparator.comparingInt(TicketStatus::rank).reversed())
            .sorted(Comparator.comparingInt(TicketStatus::rank))
            .toList();
    assertEquals(List.of(TicketStatus.OPEN, TicketStatus.ANSWERED, TicketStatus.CLOSED), sorted);
  }
}
