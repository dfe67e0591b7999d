package com.orderpool.notifications.control;

/**
 * The mail server could not be reached or refused the message. A permanent failure (such as a
 * malformed recipient address) is not retried; any other is.
 */
public class MailDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public MailDeliveryException(String message, Throwable cause, boolean permanent) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
