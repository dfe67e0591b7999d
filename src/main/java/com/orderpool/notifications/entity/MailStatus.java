package com.orderpool.notifications.entity;

/** Where an outbox message is: waiting (also between retries), delivered, or given up. */
public enum MailStatus {
  PENDING,
  SENT,
  FAILED
}
