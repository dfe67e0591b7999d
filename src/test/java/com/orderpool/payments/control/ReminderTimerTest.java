package com.orderpool.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.TenantRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReminderTimerTest {
  private static final Instant NOW = Instant.parse("2026-11-21T07:00:00Z");

  private final List<String> calls = new ArrayList<>();
  private String current;

  private ReminderTimer timer(Map<String, List<Integer>> sentPerCall) {
    ReminderTimer timer = new ReminderTimer();
    timer.platform =
        new PlatformStore() {
          @Override
          public List<String> activeTenantCodes() {
            return List.copyOf(sentPerCall.keySet());
          }
        };
    timer.runner =
        new TenantRunner() {
          @Override
          public <T> T call(String code, Supplier<T> work) {
            current = code;
            try {
              return work.get();
            } finally {
              current = null;
            }
          }
        };
    timer.reminders =
        new PaymentReminders() {
          @Override
          public int sendDue(Instant now) {
            assertEquals(NOW, now);
            List<Integer> left = sentPerCall.get(current);
            calls.add(current);
            if (left.isEmpty()) {
              throw new IllegalStateException("tenant " + current + " is broken");
            }
            return left.remove(0);
          }
        };
    return timer;
  }

  @Test
  void everyTenantRunsAndOneFailureDoesNotStopTheOthers() {
    Map<String, List<Integer>> sent = new java.util.LinkedHashMap<>();
    sent.put("AAA", new ArrayList<>(List.of(2)));
    sent.put("BBB", new ArrayList<>());
    sent.put("CCC", new ArrayList<>(List.of(1)));
    assertEquals(3, timer(sent).runAll(NOW));
    assertEquals(List.of("AAA", "BBB", "CCC"), calls);
  }

  @Test
  void aFullBatchIsFollowedByAnotherUntilOneIsNotFull() {
    Map<String, List<Integer>> sent = new java.util.LinkedHashMap<>();
    sent.put(
        "AAA", new ArrayList<>(List.of(PaymentReminders.BATCH, PaymentReminders.BATCH, 5, 99)));
    assertEquals(2 * PaymentReminders.BATCH + 5, timer(sent).runAll(NOW));
    assertEquals(List.of("AAA", "AAA", "AAA"), calls);
  }
}
