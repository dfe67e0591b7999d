package com.orderpool.notifications.control;

/** Hands an e-mail to a mail server; throws {@link MailDeliveryException} when that fails. */
public interface MailTransport {
  void send(OutgoingMail mail);
}
