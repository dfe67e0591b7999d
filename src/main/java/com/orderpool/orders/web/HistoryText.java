package com.orderpool.orders.web;

import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.web.Messages;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order's history in people's words and in the reader's language. History stores facts (field
 * names, English status names, enum values, message keys, a few fixed notes such as "paid in
 * full"); this turns them into the labels of the bundle: {@code history.field.<field>}, status
 * names in the reader's language, {@code payment.<status>}, {@code payment.method.<method>}, {@code
 * mail.event.<event>}, {@code history.value.<VALUE>} and {@code history.note.<note>}. What it does
 * not know (free text that people wrote) is shown as written.
 */
public final class HistoryText implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z_]+)+");
  private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z_]+");
  private static final Pattern CREATED = Pattern.compile("created via ([a-z_]+)");
  private static final Pattern CLONED = Pattern.compile("cloned from (\\S+)");
  private static final Pattern REMINDER = Pattern.compile("payment reminder after (\\d+) days");

  /** One history line as it is shown. */
  public record Row(
      Instant at, String actor, String what, String oldValue, String newValue, String why)
      implements Serializable {}

  private final Locale locale;
  private final Map<String, String> statusNames = new HashMap<>();

  /** The statuses give the names that history recorded in English. */
  public HistoryText(Locale locale, List<OrderStatus> statuses) {
    this.locale = locale;
    statuses.forEach(s -> statusNames.put(s.name(Locale.ENGLISH), s.name(locale)));
  }

  public List<Row> rows(List<OrderHistoryEntry> entries) {
    return entries.stream().map(this::row).toList();
  }

  public Row row(OrderHistoryEntry e) {
    String field = e.getField();
    return new Row(
        e.getAt(),
        e.getActor(),
        label("history.field." + field).orElse(field),
        value(field, e.getOldValue()),
        value(field, e.getNewValue()),
        why(e.getReason()));
  }

  String value(String field, String v) {
    if (v == null || v.isBlank()) {
      return "";
    }
    return switch (field) {
      case "status" -> statusNames.getOrDefault(v, v);
      case "paymentStatus" -> label("payment." + v).orElse(v);
      case "notified" -> label("mail.event." + v).orElse(v);
      case "invoicePaid" -> label("history.value.paid." + v).orElse(v);
      case "payment" -> paymentMethodIn(v);
      default -> TOKEN.matcher(v).matches() ? label("history.value." + v).orElse(v) : v;
    };
  }

  /** "50.00 EUR · BANK_TRANSFER" names its method in words. */
  private String paymentMethodIn(String v) {
    int dot = v.lastIndexOf(" · ");
    if (dot < 0) {
      return v;
    }
    String method = v.substring(dot + 3);
    return v.substring(0, dot + 3) + label("payment.method." + method).orElse(method);
  }

  String why(String reason) {
    if (reason == null || reason.isBlank()) {
      return "";
    }
    if (KEY.matcher(reason).matches()) {
      return label(reason).orElse(reason);
    }
    Matcher created = CREATED.matcher(reason);
    if (created.matches()) {
      String channel = created.group(1).toUpperCase(Locale.ROOT);
      return Messages.text(
          locale, "history.note.createdVia", label("channel." + channel).orElse(channel));
    }
    Matcher cloned = CLONED.matcher(reason);
    if (cloned.matches()) {
      return Messages.text(locale, "history.note.clonedFrom", cloned.group(1));
    }
    Matcher reminder = REMINDER.matcher(reason);
    if (reminder.matches()) {
      return Messages.text(locale, "history.note.reminderAfter", reminder.group(1));
    }
    return label("history.note." + reason.strip().replace(' ', '_')).orElse(reason);
  }

  private Optional<String> label(String key) {
    try {
      return Optional.of(ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
