package com.orderpool.partners.control;

import com.orderpool.core.Address;
import com.orderpool.core.JsonP;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * An order as a partner sees it, in its webhook deliveries and through a partner's API key: the
 * API's field names (number, type, channel, model, quantity, reference, status, customer, delivery
 * address, lines), with no prices, like the partner's e-mail and CSV file.
 */
public final class PartnerJson {
  private PartnerJson() {}

  /** The order with its lines. */
  public static JsonObject full(Order o) {
    JsonObjectBuilder b = summaryBuilder(o);
    JsonArrayBuilder lines = JsonP.createArrayBuilder();
    for (OrderLine l : o.getLines()) {
      JsonObjectBuilder lb =
          JsonP.createObjectBuilder()
              .add("lineNo", l.getLineNo())
              .add("description", l.getDescription())
              .add("quantity", l.getQuantity());
      text(lb, "sku", l.getSku());
      text(lb, "personalisation", l.getPersonalisation());
      lines.add(lb);
    }
    return b.add("lines", lines).build();
  }

  /** The order without its lines (for lists). */
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
    if (o.getStatus() != null) {
      b.add("status", JsonP.createObjectBuilder().add("code", o.getStatus().getCode()));
    }
    b.add("phase", o.getPhase().name());
    JsonObjectBuilder customer = JsonP.createObjectBuilder();
    text(customer, "name", o.getCustomerName());
    text(customer, "email", o.getCustomerEmail());
    text(customer, "phone", o.getCustomerPhone());
    text(customer, "company", o.getCustomerCompany());
    b.add("customer", customer);
    Address to = o.deliveryAddress();
    if (to != null) {
      b.add("deliveryAddress", address(to));
    }
    instant(b, "createdAt", o.getCreatedAt());
    instant(b, "updatedAt", o.getUpdatedAt());
    instant(b, "shippedAt", o.getShippedAt());
    instant(b, "cancelledAt", o.getCancelledAt());
    text(b, "cancelReason", o.getCancelReason());
    return b;
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
