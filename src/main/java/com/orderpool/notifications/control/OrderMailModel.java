package com.orderpool.notifications.control;

import com.orderpool.core.Address;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.tenancy.TenantProfile;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an order into the template model: nested maps, lists and already formatted strings (money
 * and dates in the e-mail's language), never the entity itself. Variables: {@code company.*},
 * {@code customer.*}, {@code order.*}, {@code lines[]}, {@code totals.*}, {@code billing.*}, {@code
 * shipping.*}, plus {@code message} and {@code trackingLink} when the caller sets them.
 */
public final class OrderMailModel {
  private final Locale locale;
  private final ZoneId zone;
  private final NumberFormat money;

  public OrderMailModel(String language, String currency, ZoneId zone) {
    this.locale = Locale.forLanguageTag(language);
    this.zone = zone;
    this.money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(
        Currency.getInstance(currency == null ? TenantProfile.DEFAULT_CURRENCY : currency));
  }

  /** The model of an order of the company with the given name and code. */
  public Map<String, Object> of(Order order, String companyName, String companyCode) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("company", Map.of("name", companyName, "code", companyCode));
    model.put("customer", customer(order));
    model.put("order", order(order));
    model.put("lines", lines(order.getLines()));
    model.put("totals", totals(order));
    model.put("billing", address(order.getBilling()));
    model.put("shipping", address(order.getShipping()));
    return model;
  }

  private Map<String, Object> customer(Order order) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", text(order.getCustomerName()));
    m.put("email", text(order.getCustomerEmail()));
    m.put("company", text(order.getCustomerCompany()));
    m.put("phone", text(order.getCustomerPhone()));
    return m;
  }

  private Map<String, Object> order(Order order) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", order.getNumber());
    m.put("model", text(order.getModel()));
    m.put("type", order.getType().name());
    m.put("quantity", String.valueOf(order.getQuantity()));
    m.put("date", date(order.getCreatedAt()));
    m.put("status", order.getStatus() == null ? "" : order.getStatus().name(locale));
    m.put("cancelledAt", date(order.getCancelledAt()));
    // the internal cancel reason is never in an e-mail: only the message written for the customer
    m.put("cancelMessage", text(order.getCancelMessage()));
    m.put("cancelFee", amount(order.getCancelFee()));
    m.put("hasCancelFee", isPositive(order.getCancelFee()));
    m.put("credit", amount(order.getPendingCredit()));
    m.put("hasCredit", isPositive(order.getPendingCredit()));
    return m;
  }

  private List<Map<String, Object>> lines(List<OrderLine> lines) {
    return lines.stream()
        .map(
            l -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("sku", text(l.getSku()));
              m.put("description", text(l.getDescription()));
              m.put("quantity", String.valueOf(l.getQuantity()));
              m.put("unitPrice", amount(l.getUnitPrice()));
              m.put("amount", amount(l.getAmount()));
              m.put("personalisation", text(l.getPersonalisation()));
              return (Map<String, Object>) m;
            })
        .toList();
  }

  private Map<String, Object> totals(Order order) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("manufacturing", amount(order.getManufacturingCost()));
    m.put("customization", amount(order.getCustomizationCost()));
    m.put("hasCustomization", isPositive(order.getCustomizationCost()));
    m.put("shipping", amount(order.getShippingCost()));
    m.put(
        "vatRate",
        order.getVatRate() == null ? "" : order.getVatRate().stripTrailingZeros().toPlainString());
    m.put("vat", amount(order.getVatAmount()));
    m.put("total", amount(order.getTotal()));
    m.put("currency", text(order.getCurrency()));
    return m;
  }

  private Map<String, Object> address(Address a) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (a == null) {
      return m;
    }
    m.put("name", text(a.getName()));
    m.put("company", text(a.getCompany()));
    m.put("line1", text(a.getLine1()));
    m.put("line2", text(a.getLine2()));
    m.put("postalCode", text(a.getPostalCode()));
    m.put("city", text(a.getCity()));
    m.put("region", text(a.getRegion()));
    m.put("country", a.getCountry() == null ? "" : a.countryName(locale));
    return m;
  }

  String amount(BigDecimal value) {
    return value == null ? "" : money.format(value);
  }

  private String date(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(at.atZone(zone));
  }

  private static boolean isPositive(BigDecimal v) {
    return v != null && v.signum() > 0;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
