package com.orderpool.returns.control;

import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.entity.Order;
import com.orderpool.returns.entity.OrderReturn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The customer's Return received e-mail, in their language, through the outbox: when it arrived,
 * the reasons given and what happens next. Not sent when the tenant switched it off.
 */
@ApplicationScoped
public class ReturnMails {
  @Inject OrderMails mails;
  @Inject ZoneId zone;

  /** Queues the e-mail for a return just received; whether one was queued. */
  public boolean received(Order order, OrderReturn r) {
    if (!mails.isEnabled(MailEvent.RETURN_RECEIVED)) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(mails.language(order));
    Map<String, Object> ret = new LinkedHashMap<>();
    ret.put(
        "date",
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(r.getReceivedAt().atZone(zone)));
    ret.put(
        "reason",
        r.getReasons().stream()
            .map(reason -> ReturnTexts.reason(reason, locale))
            .collect(Collectors.joining(", ")));
    ret.put(
        "action",
        r.getActions().stream()
            .map(a -> ReturnTexts.action(a, locale))
            .collect(Collectors.joining(", ")));
    mails.queueToCustomer(MailEvent.RETURN_RECEIVED, order, Map.of("return", ret));
    return true;
  }
}
