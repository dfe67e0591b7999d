package com.orderpool.notifications.entity;

import java.time.Instant;

/**
 * One line of an outbox listing: who, what, and how delivery went, without the bodies (the platform
 * console lists these and never sees what an e-mail says).
 */
public record OutboxRow(
    long id,
    String recipient,
    String subject,
    MailEvent event,
    MailStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt)
    implements java.io.Serializable {

  public static OutboxRow of(OutboxMessage m) {
    return new OutboxRow(
        m.getId(),
        m.getRecipient(),
        LinkMask.mask(m.getSubject()),
        m.getEvent(),
        m.getStatus(),
        m.getAttempts(),
        m.getLastError(),
        m.getCreatedAt(),
        m.getSentAt());
  }

  public boolean isFailed() {
    return status == MailStatus.FAILED;
  }
}
