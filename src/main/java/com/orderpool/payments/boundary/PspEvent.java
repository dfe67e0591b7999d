package com.orderpool.payments.boundary;

import com.orderpool.core.JsonP;
import com.orderpool.core.MalformedRequestException;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment provider's callback event: {@code {"id":"evt_123","type":"payment.succeeded",
 * "data":{"order":"10001-BFG","amount":"12.50","currency":"EUR","reference":"pi_abc"}}}. Only
 * {@link #PAYMENT_SUCCEEDED} carries money; {@link #PAYMENT_FAILED} names its order and may say why
 * ({@code "data":{"order":"10001-BFG","reason":"Card declined","reference":"pi_abc"}}). Their
 * fields are checked here, the rest is ignored.
 */
public record PspEvent(
    String id,
    String type,
    String order,
    BigDecimal amount,
    String currency,
    String reference,
    String reason) {

  public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
  public static final String PAYMENT_FAILED = "payment.failed";
  public static final int MAX_REASON = 500;
  private static final Pattern ORDER = Pattern.compile("\\d{1,18}-([A-Z]{3})");

  public boolean isPaymentSucceeded() {
    return PAYMENT_SUCCEEDED.equals(type);
  }

  public boolean isPaymentFailed() {
    return PAYMENT_FAILED.equals(type);
  }

  /** The company code of the order the event is about, when it names one. */
  public Optional<String> tenantCode() {
    if (order == null) {
      return Optional.empty();
    }
    Matcher m = ORDER.matcher(order);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Reads an event from the raw body; an unreadable one is refused (400) naming the field. */
  public static PspEvent parse(byte[] body) {
    JsonObject root = object(body);
    String id = text(root, "id", "id", 120, true);
    String type = text(root, "type", "type", 100, true);
    JsonValue dataValue = root.get("data");
    JsonObject data =
        dataValue instanceof JsonObject o
            ? o
            : dataValue == null || dataValue == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : null;
    if (data == null) {
      throw new MalformedRequestException("data", "psp.event.data");
    }
    boolean money = PAYMENT_SUCCEEDED.equals(type);
    boolean failure = PAYMENT_FAILED.equals(type);
    String order = text(data, "order", "data.order", 32, money || failure);
    if (order != null) {
      order = order.toUpperCase(Locale.ROOT);
      if ((money || failure) && !ORDER.matcher(order).matches()) {
        throw new MalformedRequestException("data.order", "psp.event.order");
      }
    }
    if (failure) {
      String reference = text(data, "reference", "data.reference", 120, false);
      String reason = reason(data);
      return new PspEvent(id, type, order, null, null, reference, reason);
    }
    if (!money) {
      return new PspEvent(id, type, order, null, null, null, null);
    }
    BigDecimal amount = amount(data);
    String currency = text(data, "currency", "data.currency", 3, true).toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw new MalformedRequestException("data.currency", "psp.event.currency");
    }
    String reference = text(data, "reference", "data.reference", 120, false);
    return new PspEvent(id, type, order, amount, currency, reference, null);
  }

  private static JsonObject object(byte[] body) {
    try (JsonReader reader = JsonP.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject o) {
        return o;
      }
    } catch (JsonException | IllegalStateException e) {
      // falls through: not JSON
    }
    throw new MalformedRequestException(null, "api.malformedJson");
  }

  private static String text(JsonObject o, String name, String field, int max, boolean required) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      if (required) {
        throw new MalformedRequestException(field, "psp.event.required", field);
      }
      return null;
    }
    if (!(v instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > max) {
      throw new MalformedRequestException(field, "psp.event.text", field, max);
    }
    return s.getString().strip();
  }

  /**
   * A failure's optional reason, as the provider wrote it: blank is none, and a long one is cut to
   * {@link #MAX_REASON} characters rather than refused (the provider would only send it again).
   */
  private static String reason(JsonObject data) {
    JsonValue v = data.get("reason");
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new MalformedRequestException(
          "data.reason", "psp.event.text", "data.reason", MAX_REASON);
    }
    String text = s.getString().strip();
    if (text.isEmpty()) {
      return null;
    }
    return text.codePointCount(0, text.length()) > MAX_REASON
        ? text.substring(0, text.offsetByCodePoints(0, MAX_REASON)).strip()
        : text;
  }

  /** A positive amount with at most 2 decimals, as a string ("12.50") or a JSON number. */
  private static BigDecimal amount(JsonObject data) {
    JsonValue v = data.get("amount");
    BigDecimal amount = null;
    try {
      if (v instanceof JsonString s) {
        amount = new BigDecimal(s.getString().strip());
      } else if (v instanceof JsonNumber n) {
        amount = n.bigDecimalValue();
      }
    } catch (NumberFormatException e) {
      amount = null;
    }
    if (amount == null
        || amount.signum() <= 0
        || amount.stripTrailingZeros().scale() > 2
        || amount.precision() - amount.scale() > 10) {
      throw new MalformedRequestException("data.amount", "psp.event.amount");
    }
    return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
