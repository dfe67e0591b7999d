package com.orderpool.notifications.entity;

import java.util.Locale;

/**
 * What an e-mail is about; each event has its own template. A mandatory event is sent even when the
 * tenant switched optional e-mails off.
 */
public enum MailEvent {
  ORDER_CONFIRMATION(false),
  PAYMENT_REMINDER(false),
  ORDER_SENT(false),
  TRACK_TRACE(false),
  ORDER_CANCELLED(true),
  NOTIFY_CUSTOMER(true),
  INVOICE_ISSUED(false),
  CREDIT_NOTE_ISSUED(false),
  RETURN_RECEIVED(false),
  USER_INVITATION(true),
  PASSWORD_RESET(true),
  TICKET_REPLY(true),
  /** A report someone subscribed to: always sent, as the subscriber asked for it. */
  REPORT_DELIVERY(true),
  /** An expected order file did not come: the admins must know. */
  IMPORT_FILE_MISSING(true),
  /** A webhook endpoint switched itself off after a run of failures: its admins must know. */
  WEBHOOK_DISABLED(true),
  /** An order passed to a partner (supplier or fulfilment): the partner's channel itself. */
  PARTNER_ORDER(true),
  /** A partner is always told when an order submitted to it is cancelled. */
  PARTNER_CANCELLATION(true),
  /** A retailer's monthly summary of orders, cancellations and commission: always sent. */
  RETAILER_SUMMARY(true);

  private final boolean mandatory;

  MailEvent(boolean mandatory) {
    this.mandatory = mandatory;
  }

  /** True when the tenant cannot switch this e-mail off. */
  public boolean isMandatory() {
    return mandatory;
  }

  /** The template folder and stored name, e.g. {@code order_cancelled}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * False for the e-mails that carry a one-time set-password link: tenants cannot edit them, so a
   * template can never send the link somewhere else.
   */
  public boolean isTenantEditable() {
    return this != USER_INVITATION && this != PASSWORD_RESET;
  }

  public static MailEvent ofKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
