package com.orderpool.shipping.control;

import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.entity.Order;
import com.orderpool.shipping.entity.ShippingMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer's e-mail when their order is sent: Track &amp; trace when there is a tracking
 * number, else Order sent; in the customer's language, through the outbox. A kind the tenant
 * switched off is not sent.
 */
@ApplicationScoped
public class ShipmentMails {
  @Inject OrderMails mails;

  /** Queues the e-mail for an order just sent; the kind queued, or null when none. */
  public MailEvent sent(Order order, ShippingMethod method, String trackingNumber) {
    MailEvent event =
        trackingNumber != null && mails.isEnabled(MailEvent.TRACK_TRACE)
            ? MailEvent.TRACK_TRACE
            : MailEvent.ORDER_SENT;
    if (!mails.isEnabled(event)) {
      return null;
    }
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("carrier", method.getCarrier());
    more.put("trackingNumber", trackingNumber == null ? "" : trackingNumber);
    String link = method.trackingLink(trackingNumber);
    more.put("trackingLink", link == null ? "" : link);
    mails.queueToCustomer(event, order, more);
    return event;
  }
}
