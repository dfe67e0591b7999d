package com.orderpool.imports.boundary;

import com.orderpool.platform.control.FileWatches.Watch;
import java.io.Serializable;
import java.time.Instant;

/**
 * A tenant's expectation of an order file every {@code everyHours} hours, as the Import page shows
 * it: when the last file came (null: none since it was set), when the next is due, whether it is
 * late and whether the admins were told.
 */
public record FileExpectation(
    int everyHours, Instant lastFileAt, Instant dueAt, boolean overdue, boolean alarmed)
    implements Serializable {

  static FileExpectation of(Watch w, Instant now) {
    return new FileExpectation(
        w.everyHours(), w.lastFileAt(), w.dueAt(), w.isOverdue(now), w.alarmedAt() != null);
  }
}
