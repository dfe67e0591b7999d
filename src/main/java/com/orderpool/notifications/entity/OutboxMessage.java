package com.orderpool.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One rendered e-mail waiting in the tenant's outbox, with its delivery state. It is written in the
 * transaction of the change that causes it and delivered by the relay after commit.
 */
@Entity
@Table(name = "outbox")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OutboxMessage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id")
  private String messageId;

  @Enumerated(EnumType.STRING)
  private MailEvent event;

  private String recipient;
  private String language;
  private String subject;

  @Column(name = "html_body")
  private String htmlBody;

  @Column(name = "text_body")
  private String textBody;

  @Column(name = "order_id")
  private Long orderId;

  @Enumerated(EnumType.STRING)
  private MailStatus status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboxMessage() {}

  /** A new pending message, due at once, with a fresh globally unique Message-ID. */
  public OutboxMessage(
      MailEvent event,
      String recipient,
      String language,
      RenderedMail mail,
      Long orderId,
      String createdBy,
      Instant now) {
    this.messageId = "<" + UUID.randomUUID() + "@orderpool>";
    this.event = event;
    this.recipient = recipient.strip();
    this.language = language;
    this.subject = mail.subject();
    this.htmlBody = mail.html();
    this.textBody = mail.text();
    this.orderId = orderId;
    this.status = MailStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  /**
   * This message as people may read it: an e-mail with a one-time set-password link comes back as
   * an unmanaged copy with the token masked (tenant admins and platform admins must not be able to
   * use another user's link); any other message is returned as it is.
   */
  public OutboxMessage forReading() {
    if (event == null || event.isTenantEditable()) {
      return this;
    }
    OutboxMessage copy = new OutboxMessage();
    copy.id = id;
    copy.messageId = messageId;
    copy.event = event;
    copy.recipient = recipient;
    copy.language = language;
    copy.subject = LinkMask.mask(subject);
    copy.htmlBody = LinkMask.mask(htmlBody);
    copy.textBody = LinkMask.mask(textBody);
    copy.orderId = orderId;
    copy.status = status;
    copy.attempts = attempts;
    copy.nextAttemptAt = nextAttemptAt;
    copy.lastError = lastError;
    copy.createdAt = createdAt;
    copy.createdBy = createdBy;
    copy.sentAt = sentAt;
    copy.version = version;
    return copy;
  }

  /** True when the relay should try it now. */
  public boolean isDue(Instant now) {
    return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  /**
   * Reserves the message for one delivery attempt: nobody else picks it up before the lease ends.
   * If this node dies while sending, the message is due again after the lease (and may go twice,
   * with the same Message-ID).
   */
  public void claim(Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalStateException("message " + id + " is not due");
    }
    nextAttemptAt = now.plus(lease);
  }

  public void markSent(Instant now) {
    attempts++;
    status = MailStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /** Records a failed attempt: tries again later with backoff, or gives up after the last one. */
  public void recordFailure(String error, Instant now) {
    attempts++;
    lastError = truncate(error == null ? "unknown error" : error);
    if (RetrySchedule.exhausted(attempts)) {
      status = MailStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(RetrySchedule.delayAfter(attempts));
    }
  }

  /** Records an attempt that can never succeed (such as a malformed address): no retry. */
  public void recordPermanentFailure(String error) {
    attempts++;
    lastError = truncate(error == null ? "unknown error" : error);
    status = MailStatus.FAILED;
  }

  /** Puts a failed message back in the queue, due at once, with a fresh set of attempts. */
  public void retry(Instant now) {
    if (status != MailStatus.FAILED) {
      throw new IllegalStateException("only failed messages are retried");
    }
    status = MailStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public MailEvent getEvent() {
    return event;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public String getTextBody() {
    return textBody;
  }

  public Long getOrderId() {
    return orderId;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public long getVersion() {
    return version;
  }
}
