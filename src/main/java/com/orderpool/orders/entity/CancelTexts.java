package com.orderpool.orders.entity;

import com.orderpool.core.BusinessException;

/**
 * The two texts of a cancellation, checked against their columns: the internal reason (required, at
 * most 1000 characters) and the message to the customer (optional, at most 2000).
 */
final class CancelTexts {
  private CancelTexts() {}

  /** The reason, stripped; refused when blank or too long. */
  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "order.cancel.reasonRequired");
    }
    if (reason.strip().length() > 1000) {
      throw new BusinessException("reason", "order.cancel.reasonTooLong");
    }
    return reason.strip();
  }

  /** The message, stripped, or null for none; refused when too long. */
  static String message(String message) {
    if (message == null || message.isBlank()) {
      return null;
    }
    if (message.strip().length() > 2000) {
      throw new BusinessException("customerMessage", "order.cancel.messageTooLong");
    }
    return message.strip();
  }
}
