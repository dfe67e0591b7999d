package com.orderpool.partners.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What Bulk Submit did, line by line: each order passed to each matching partner (Submitted or
 * Failed with the reason), pairs already submitted (Skipped), orders that match no active partner,
 * and orders refused (not found, cancelled) with the reason as a message key.
 */
public record BulkSubmission(List<Line> lines) implements Serializable {

  /** What became of an order (and a partner). */
  public enum Outcome {
    SUBMITTED,
    FAILED,
    SKIPPED,
    NO_PARTNER,
    REFUSED
  }

  /** An order's outcome with a partner (none for NO_PARTNER and REFUSED). */
  public record Line(
      long orderId, String orderNumber, String partnerName, Outcome outcome, String reason)
      implements Serializable {}

  public long count(Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  /** The order numbers (or ids, when not found) with this outcome, each once, comma-separated. */
  public String numbers(Outcome outcome) {
    return String.join(
        ", ",
        lines.stream()
            .filter(l -> l.outcome() == outcome)
            .map(l -> l.orderNumber() == null ? "#" + l.orderId() : l.orderNumber())
            .distinct()
            .toList());
  }
}
