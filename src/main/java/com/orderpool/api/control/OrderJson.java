package com.orderpool.api.control;

import com.orderpool.core.Address;
import com.orderpool.core.JsonP;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.orders.entity.OrderStatus;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Orders and statuses as the API shows them. Amounts are strings, instants ISO-8601 UTC. */
public final class OrderJson {
  private OrderJson() {}

  /** An order with its lines. */
  public static JsonObject full(Order o) {
    JsonObjectBuilder b = summaryBuilder(o);
    JsonArrayBuilder lines = JsonP.createArrayBuilder();
    for (OrderLine l : o.getLines()) {
      JsonObjectBuilder lb =
          JsonP.createObjectBuilder()
              .add("lineNo", l.getLineNo())
              .add("description", l.getDescription())
              .add("quantity", l.getQuantity())
              .add("unitPrice", money(l.getUnitPrice()))
              .add("amount", money(l.getAmount()));
      text(lb, "sku", l.getSku());
      text(lb, "personalisation", l.getPersonalisation());
      lines.add(lb);
    }
    return b.add("lines", lines).build();
  }

  /** An order without its lines (for lists). */
  public static JsonObject summary(Order o) {
    return summaryBuilder(o).build();
  }

  private static JsonObjectBuilder summaryBuilder(Order o) {
    JsonObjectBuilder b =
        JsonP.createObjectBuilder()
            .add("number", o.getNumber())
            .add("type", o.getType().name())
            .add("channel", o.getChannel().name())
            .add("model", o.getModel())
            .add("quantity", o.getQuantity());
    text(b, "externalReference", o.getExternalReference());
    b.add("status", status(o.getStatus()))
        .add("phase", o.getPhase().name())
        .add("paymentStatus", o.getPaymentStatus().name())
        .add("currency", o.getCurrency());
    JsonObjectBuilder customer =
        JsonP.createObjectBuilder()
            .add("name", o.getCustomerName())
            .add("email", o.getCustomerEmail());
    text(customer, "phone", o.getCustomerPhone());
    text(customer, "company", o.getCustomerCompany());
    text(customer, "language", o.getCustomerLanguage());
    b.add("customer", customer);
    if (o.getBilling() != null) {
      b.add("billingAddress", address(o.getBilling()));
    }
    if (o.getShipping() != null) {
      b.add("shippingAddress", address(o.getShipping()));
    }
    b.add(
        "costs",
        JsonP.createObjectBuilder()
            .add("manufacturing", money(o.getManufacturingCost()))
            .add("customization", money(o.getCustomizationCost()))
            .add("shipping", money(o.getShippingCost()))
            .add("vatRate", money(o.getVatRate()))
            .add("vat", money(o.getVatAmount()))
            .add("total", money(o.getTotal())));
    b.add("amountPaid", money(o.getAmountPaid()));
    instant(b, "createdAt", o.getCreatedAt());
    instant(b, "updatedAt", o.getUpdatedAt());
    instant(b, "paidAt", o.getPaidAt());
    instant(b, "shippedAt", o.getShippedAt());
    instant(b, "cancelledAt", o.getCancelledAt());
    if (o.getCancelFee() != null) {
      b.add("cancelFee", money(o.getCancelFee()));
    }
    return b;
  }

  /** A status: its code, names, phase and colour. */
  public static JsonObjectBuilder status(OrderStatus s) {
    JsonObjectBuilder b =
        JsonP.createObjectBuilder()
            .add("code", s.getCode())
            .add(
                "names",
                JsonP.createObjectBuilder()
                    .add("en", s.name(Locale.ENGLISH))
                    .add("es", s.name(Locale.forLanguageTag("es"))))
            .add("phase", s.getPhase().name());
    return b;
  }

  /** Every status of the tenant, in display order. */
  public static JsonObject statuses(List<OrderStatus> all) {
    JsonArrayBuilder a = JsonP.createArrayBuilder();
    for (OrderStatus s : all) {
      JsonObjectBuilder b = status(s).add("displayOrder", s.getDisplayOrder());
      text(b, "colour", s.getColour());
      text(b, "description", s.description(Locale.ENGLISH));
      b.add("active", s.isActive());
      a.add(b);
    }
    return JsonP.createObjectBuilder().add("data", a).build();
  }

  private static JsonObjectBuilder address(Address a) {
    JsonObjectBuilder b = JsonP.createObjectBuilder();
    text(b, "name", a.getName());
    text(b, "company", a.getCompany());
    text(b, "line1", a.getLine1());
    text(b, "line2", a.getLine2());
    text(b, "postalCode", a.getPostalCode());
    text(b, "city", a.getCity());
    text(b, "region", a.getRegion());
    text(b, "country", a.getCountry());
    text(b, "phone", a.getPhone());
    return b;
  }

  private static String money(BigDecimal v) {
    return v == null ? "0.00" : v.toPlainString();
  }

  private static void text(JsonObjectBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.add(name, value);
    }
  }

  private static void instant(JsonObjectBuilder b, String name, Instant value) {
    if (value != null) {
      b.add(name, value.toString());
    }
  }
}
