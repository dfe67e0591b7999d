package com.orderpool.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A subscription belongs to its subscriber only, and knows what it was created with. */
class ReportSubscriptionTest {
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private static ReportSubscription of(String subscriber) {
    return new ReportSubscription(
        subscriber, "invoices", "PDF", Frequency.MONTHLY, "es", null, "2026-11", subscriber, NOW);
  }

  @Test
  void itBelongsToItsSubscriberOnly() {
    ReportSubscription s = of("books@bfg.example");
    assertTrue(s.isOwnedBy("books@bfg.example"));
    assertTrue(s.isOwnedBy("Books@BFG.example"), "e-mail addresses ignore case");
    assertFalse(s.isOwnedBy("admin@bfg.example"));
    assertFalse(s.isOwnedBy(null), "the system caller owns none");
  }

  @Test
  void itKeepsWhatItWasCreatedWith() {
    ReportSubscription s = of("books@bfg.example");
    assertEquals("invoices", s.getReport());
    assertEquals("PDF", s.getFormat());
    assertEquals(Frequency.MONTHLY, s.getFrequency());
    assertEquals("es", s.getLanguage());
    assertNull(s.getCurrency(), "all currencies");
    assertEquals("2026-11", s.getLastPeriod(), "the period due at creation counts as sent");
    assertEquals(NOW, s.getCreatedAt());
    assertThrows(NullPointerException.class, () -> of(null));
  }
}
