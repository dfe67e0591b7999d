package com.orderpool.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry schedule, Retry-After, and a delivery's and an endpoint's state over attempts. */
class RetryPlanTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void theStandardPlanWaitsFromFiveSecondsToADayThenGivesUp() {
    RetryPlan p = RetryPlan.STANDARD;
    assertEquals(10, p.attempts());
    List<Duration> expected =
        List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(14),
            Duration.ofHours(20),
            Duration.ofHours(24));
    for (int failed = 1; failed <= 9; failed++) {
      assertEquals(expected.get(failed - 1), p.waitAfter(failed, null).orElseThrow(), "" + failed);
    }
    assertTrue(p.waitAfter(10, null).isEmpty(), "given up after the tenth attempt");
  }

  @Test
  void retryAfterIsHonouredButCappedAtADay() {
    RetryPlan p = RetryPlan.STANDARD;
    assertEquals(Duration.ofSeconds(120), p.waitAfter(1, Duration.ofSeconds(120)).orElseThrow());
    assertEquals(Duration.ofMinutes(5), p.waitAfter(2, Duration.ofSeconds(1)).orElseThrow());
    assertEquals(Duration.ofHours(24), p.waitAfter(1, Duration.ofDays(9)).orElseThrow());
  }

  @Test
  void aPlanIsReadFromConfiguration() {
    RetryPlan p = RetryPlan.parse("0s, 1s,PT2S ,3m");
    assertEquals(
        List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(3)),
        p.waits());
    assertThrows(IllegalArgumentException.class, () -> RetryPlan.parse("5x"));
    assertThrows(IllegalArgumentException.class, () -> RetryPlan.parse(" "));
  }

  @Test
  void aDeliveryKeepsItsIdThroughFailuresAndAReplay() {
    RetryPlan p = RetryPlan.parse("0s,1s,1s");
    WebhookDelivery d =
        new WebhookDelivery(1, "msg_a", WebhookEvent.ORDER_CREATED, "{\"n\":1}", T0);
    assertTrue(d.isDue(T0));
    d.claim(T0, Duration.ofMinutes(2));
    assertTrue(!d.isDue(T0.plusSeconds(60)), "leased");
    assertTrue(d.isDue(T0.plusSeconds(120)), "due again once the lease ends (a crashed sender)");
    d.failed(500, "HTTP 500", p, null, false, T0);
    assertEquals(DeliveryStatus.PENDING, d.getStatus());
    assertEquals(T0.plusSeconds(1), d.getNextAttemptAt());
    d.failed(500, "HTTP 500", p, null, false, T0);
    d.failed(null, "timed out", p, null, false, T0);
    assertEquals(DeliveryStatus.FAILED, d.getStatus());
    d.replay(T0.plusSeconds(5));
    assertTrue(d.isDue(T0.plusSeconds(5)));
    d.delivered(200, T0.plusSeconds(6));
    assertEquals(DeliveryStatus.DELIVERED, d.getStatus());
    assertEquals("msg_a", d.getMessageId());
  }

  @Test
  void anEndpointSwitchesOffAfterARunOfFailuresAndARotatedSecretOverlaps() {
    WebhookEndpoint e =
        new WebhookEndpoint(
            "https://x.example/h", null, List.of(WebhookEvent.ORDER_PAID), "whsec_AAAA", "me", T0);
    assertTrue(e.subscribes(WebhookEvent.ORDER_PAID));
    assertTrue(!e.subscribes(WebhookEvent.ORDER_CREATED));
    assertTrue(!e.failed(3, T0));
    e.succeeded();
    assertTrue(!e.failed(3, T0));
    assertTrue(!e.failed(3, T0));
    assertTrue(e.failed(3, T0), "the third in a row switches it off");
    assertEquals(WebhookEndpoint.FAILURES, e.getDisabledReason());
    assertTrue(!e.subscribes(WebhookEvent.ORDER_PAID), "an endpoint that is off gets nothing");
    e.change(e.getUrl(), null, e.getEvents(), true);
    assertEquals(0, e.getFailureRun());
    assertEquals(null, e.getDisabledReason());

    e.rotate("whsec_BBBB", T0, Duration.ofHours(24));
    assertEquals(List.of("whsec_BBBB", "whsec_AAAA"), e.signingSecrets(T0.plusSeconds(60)));
    assertEquals(List.of("whsec_BBBB"), e.signingSecrets(T0.plus(Duration.ofHours(25))));
  }
}
