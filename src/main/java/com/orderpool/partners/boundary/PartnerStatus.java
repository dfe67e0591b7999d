package com.orderpool.partners.boundary;

import com.orderpool.partners.entity.SubmissionStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * An order and a partner: whether the partner's rule takes the order, and where its submission
 * stands ({@code status} null: not submitted), the reason of a failure, who and when of the latest
 * attempt, and the number of attempts.
 */
public record PartnerStatus(
    long orderId,
    long partnerId,
    String partnerName,
    boolean retired,
    boolean takes,
    SubmissionStatus status,
    String reason,
    Instant at,
    String by,
    int attempts)
    implements Serializable {

  public boolean isSubmitted() {
    return status == SubmissionStatus.SUBMITTED;
  }

  public boolean isFailed() {
    return status == SubmissionStatus.FAILED;
  }
}
