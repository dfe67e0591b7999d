package com.orderpool.partners.boundary;

import com.orderpool.partners.entity.PartnerCountdown;
import java.io.Serializable;
import java.time.Instant;

/**
 * An order's countdown to its automatic submission, for its dashboard: when it runs out, or (paused
 * while the order is on hold) how many seconds are left.
 */
public record CountdownView(Instant dueAt, long remainingSeconds, boolean paused)
    implements Serializable {

  static CountdownView of(PartnerCountdown c) {
    return new CountdownView(
        c.getDueAt(), c.getRemaining() == null ? 0 : c.getRemaining().toSeconds(), c.isPaused());
  }

  /** The due time in epoch milliseconds, for the page's ticking clock (0 when paused). */
  public long dueMillis() {
    return dueAt == null ? 0 : dueAt.toEpochMilli();
  }
}
