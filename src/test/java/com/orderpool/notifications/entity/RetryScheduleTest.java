package com.orderpool.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void delaysDoubleFromOneMinuteUpToSixHours() {
    assertEquals(Duration.ofMinutes(1), RetrySchedule.delayAfter(1));
    assertEquals(Duration.ofMinutes(2), RetrySchedule.delayAfter(2));
    assertEquals(Duration.ofMinutes(4), RetrySchedule.delayAfter(3));
    assertEquals(Duration.ofMinutes(256), RetrySchedule.delayAfter(9));
    assertEquals(Duration.ofHours(6), RetrySchedule.delayAfter(10));
    assertEquals(Duration.ofHours(6), RetrySchedule.delayAfter(11));
    assertEquals(Duration.ofHours(6), RetrySchedule.delayAfter(40));
    assertThrows(IllegalArgumentException.class, () -> RetrySchedule.delayAfter(0));
  }

  @Test
  void allRetriesSpanAboutADay() {
    Duration total = Duration.ZERO;
    for (int i = 1; i < RetrySchedule.MAX_ATTEMPTS; i++) {
      total = total.plus(RetrySchedule.delayAfter(i));
    }
    assertTrue(total.compareTo(Duration.ofHours(18)) > 0, total.toString());
    assertTrue(total.compareTo(Duration.ofHours(30)) < 0, total.toString());
  }

  private static OutboxMessage message() {
    return new OutboxMessage(
        MailEvent.ORDER_CANCELLED,
        " ann@x.test ",
        "en",
        new RenderedMail("s", "h", "t"),
        7L,
        "system",
        T0);
  }

  @Test
  void aNewMessageIsDueAtOnceWithAUniqueMessageId() {
    OutboxMessage m = message();
    assertTrue(m.isDue(T0));
    assertEquals("ann@x.test", m.getRecipient());
    assertTrue(m.getMessageId().matches("<[0-9a-f-]{36}@orderpool>"), m.getMessageId());
    assertFalse(m.getMessageId().equals(message().getMessageId()));
  }

  @Test
  void aClaimHidesTheMessageUntilTheLeaseEnds() {
    OutboxMessage m = message();
    m.claim(T0, Duration.ofMinutes(5));
    assertFalse(m.isDue(T0.plusSeconds(299)));
    assertTrue(m.isDue(T0.plusSeconds(300)));
    assertThrows(IllegalStateException.class, () -> m.claim(T0, Duration.ofMinutes(5)));
  }

  @Test
  void failuresBackOffThenGiveUpAndRetryStartsAgain() {
    OutboxMessage m = message();
    Instant now = T0;
    for (int i = 1; i < RetrySchedule.MAX_ATTEMPTS; i++) {
      m.recordFailure("Connection refused", now);
      assertEquals(MailStatus.PENDING, m.getStatus());
      assertEquals(now.plus(RetrySchedule.delayAfter(i)), m.getNextAttemptAt());
      now = m.getNextAttemptAt();
    }
    m.recordFailure("Connection refused", now);
    assertEquals(MailStatus.FAILED, m.getStatus());
    assertEquals(RetrySchedule.MAX_ATTEMPTS, m.getAttempts());
    assertEquals("Connection refused", m.getLastError());
    assertFalse(m.isDue(now.plus(Duration.ofDays(7))));

    Instant later = now;
    m.retry(later);
    assertEquals(MailStatus.PENDING, m.getStatus());
    assertEquals(0, m.getAttempts());
    assertTrue(m.isDue(later));
    m.markSent(later);
    assertEquals(MailStatus.SENT, m.getStatus());
    assertNull(m.getLastError());
    assertThrows(IllegalStateException.class, () -> m.retry(later));
  }

  @Test
  void aPermanentFailureIsNotRetried() {
    OutboxMessage m = message();
    m.recordPermanentFailure("AddressException: Illegal address");
    assertEquals(MailStatus.FAILED, m.getStatus());
    assertEquals(1, m.getAttempts());
    assertFalse(m.isDue(T0.plus(Duration.ofDays(1))));
  }

  @Test
  void longErrorsAreCut() {
    OutboxMessage m = message();
    m.recordFailure("x".repeat(5000), T0);
    assertEquals(OutboxMessage.MAX_ERROR_LENGTH, m.getLastError().length());
  }
}
