package com.orderpool.notifications.control;

/** The mail server could not be reached or refused the message; the relay will try again. */
public class MailDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
