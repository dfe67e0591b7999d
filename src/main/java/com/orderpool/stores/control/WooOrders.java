package com.orderpool.stores.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A WooCommerce (REST API v3) order, read into maps and lists, turned into the API's order body, so
 * a store's order is checked and placed by the same rules as an API call or a CSV row. The store's
 * order id becomes the external reference; billing and shipping become the addresses (the shipping
 * address only when the store has one); each line item becomes a line with its SKU, name and
 * quantity, at its subtotal (before coupons, without tax: the tenant adds its VAT) divided by the
 * quantity, to the cent; the item's visible meta data (size, colour, engraving…) becomes the line's
 * personalisation. One piece makes an MTO order, more a BULK one. An order in another currency than
 * the tenant's, or in a status that is not a live order (cancelled, refused, refunded, draft,
 * trash), is refused with the reason, never placed.
 */
public final class WooOrders {
  /** The statuses of orders worth importing (a custom status of a plugin counts as live). */
  static final Set<String> NOT_IMPORTED =
      Set.of("cancelled", "failed", "refunded", "trash", "checkout-draft", "draft", "auto-draft");

  /** Meta data keys that plugins (WPML, Polylang, others) use for the customer's language. */
  static final List<String> LANGUAGE_KEYS =
      List.of("wpml_language", "_wpml_language", "pll_language", "_pll_language", "language");

  private static final int MODEL_MAX = 120;
  private static final int PERSONALISATION_MAX = 2000;

  /** Why an order is not placed: the field of the store's order, a message key, its arguments. */
  public record Problem(String field, String key, Object... args) {}

  /** The store's order id, the body to place (when no problem), and the problems. */
  public record Mapped(String reference, Map<String, Object> body, List<Problem> problems) {}

  private WooOrders() {}

  /** Maps a store order; {@code currency} is the tenant's (an order in another one is refused). */
  public static Mapped map(Map<String, Object> woo, String channel, String currency) {
    String reference = text(woo.get("id"));
    List<Problem> problems = new ArrayList<>();
    String status = text(woo.get("status"));
    if (status != null && NOT_IMPORTED.contains(status.toLowerCase(Locale.ROOT))) {
      problems.add(new Problem("status", "store.order.status", status));
    }
    String orderCurrency = text(woo.get("currency"));
    if (orderCurrency != null && currency != null && !orderCurrency.equalsIgnoreCase(currency)) {
      problems.add(new Problem("currency", "store.order.currency", orderCurrency, currency));
    }
    Map<String, Object> billing = object(woo.get("billing"));
    Map<String, Object> shipping = object(woo.get("shipping"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", channel);
    body.put("externalReference", reference);
    List<Object> lines = new ArrayList<>();
    long pieces = 0;
    String model = null;
    for (Object item : list(woo.get("line_items"))) {
      Map<String, Object> line = line(object(item));
      lines.add(line);
      if (line.get("quantity") instanceof Long q) {
        pieces += q;
      }
      if (model == null) {
        model = cut(text(object(item).get("name")), MODEL_MAX);
      }
    }
    body.put("type", pieces == 1 ? "MTO" : "BULK");
    putIf(body, "model", model);
    body.put("customer", customer(billing, shipping, woo));
    body.put("billingAddress", address(billing, shipping));
    if (hasAddress(shipping)) {
      body.put("shippingAddress", address(shipping, billing));
    }
    putIf(body, "shippingCost", money(woo.get("shipping_total")));
    body.put("lines", lines);
    return new Mapped(reference, body, problems);
  }

  private static Map<String, Object> customer(
      Map<String, Object> billing, Map<String, Object> shipping, Map<String, Object> woo) {
    Map<String, Object> c = new LinkedHashMap<>();
    String name = name(billing);
    putIf(c, "name", name != null ? name : name(shipping));
    putIf(c, "email", text(billing.get("email")));
    putIf(c, "phone", text(billing.get("phone")));
    putIf(c, "company", text(billing.get("company")));
    putIf(c, "language", language(woo));
    return c;
  }

  private static Map<String, Object> address(
      Map<String, Object> side, Map<String, Object> fallback) {
    Map<String, Object> a = new LinkedHashMap<>();
    String name = name(side);
    putIf(a, "name", name != null ? name : name(fallback));
    putIf(a, "company", text(side.get("company")));
    putIf(a, "line1", text(side.get("address_1")));
    putIf(a, "line2", text(side.get("address_2")));
    putIf(a, "postalCode", text(side.get("postcode")));
    putIf(a, "city", text(side.get("city")));
    putIf(a, "region", text(side.get("state")));
    String country = text(side.get("country"));
    putIf(a, "country", country == null ? null : country.toUpperCase(Locale.ROOT));
    putIf(a, "phone", text(side.get("phone")));
    return a;
  }

  private static Map<String, Object> line(Map<String, Object> item) {
    Map<String, Object> l = new LinkedHashMap<>();
    putIf(l, "sku", text(item.get("sku")));
    putIf(l, "description", text(item.get("name")));
    Object quantity = item.get("quantity");
    BigDecimal q = decimal(quantity);
    if (q != null && q.signum() > 0 && q.stripTrailingZeros().scale() <= 0) {
      l.put("quantity", q.longValueExact());
      BigDecimal subtotal = decimal(item.get("subtotal"));
      BigDecimal unit =
          subtotal != null
              ? subtotal.divide(q, 2, RoundingMode.HALF_UP)
              : money(decimal(item.get("price")));
      putIf(l, "unitPrice", unit == null ? null : unit.toPlainString());
    } else {
      putIf(l, "quantity", quantity == null ? null : String.valueOf(quantity));
      BigDecimal price = money(decimal(item.get("price")));
      putIf(l, "unitPrice", price == null ? null : price.toPlainString());
    }
    putIf(l, "personalisation", cut(personalisation(item), PERSONALISATION_MAX));
    return l;
  }

  /** The item's meta data meant for people ("Size: 42; Engraving: A+B"), not plugins' own keys. */
  private static String personalisation(Map<String, Object> item) {
    List<String> parts = new ArrayList<>();
    for (Object m : list(item.get("meta_data"))) {
      Map<String, Object> meta = object(m);
      String key = text(meta.get("display_key"));
      if (key == null) {
        key = text(meta.get("key"));
      }
      Object value =
          meta.containsKey("display_value") ? meta.get("display_value") : meta.get("value");
      String shown = value instanceof String || value instanceof Number ? text(value) : null;
      if (key == null || key.startsWith("_") || shown == null) {
        continue;
      }
      parts.add(key + ": " + shown.replaceAll("<[^>]*>", "").strip());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static String language(Map<String, Object> woo) {
    for (Object m : list(woo.get("meta_data"))) {
      Map<String, Object> meta = object(m);
      String key = text(meta.get("key"));
      String value = text(meta.get("value"));
      if (key != null && LANGUAGE_KEYS.contains(key) && value != null && value.length() >= 2) {
        String lang = value.substring(0, 2).toLowerCase(Locale.ROOT);
        if (lang.equals("en") || lang.equals("es")) {
          return lang;
        }
      }
    }
    return null;
  }

  private static boolean hasAddress(Map<String, Object> side) {
    return text(side.get("address_1")) != null;
  }

  private static String name(Map<String, Object> side) {
    String first = text(side.get("first_name"));
    String last = text(side.get("last_name"));
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return name.isEmpty() ? null : name;
  }

  private static String money(Object value) {
    BigDecimal d = money(decimal(value));
    return d == null ? null : d.toPlainString();
  }

  private static BigDecimal money(BigDecimal d) {
    return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    String s = text(value);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A value as trimmed text; blank is none. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value).strip();
    if (value instanceof Double || value instanceof Float) {
      s = new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
    return s.isEmpty() ? null : s;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static void putIf(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
