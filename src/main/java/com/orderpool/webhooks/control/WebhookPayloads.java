package com.orderpool.webhooks.control;

import com.orderpool.core.JsonP;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Tracking;
import com.orderpool.returns.entity.OrderReturn;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The {@code data} of the JSON that receivers get (the envelope is {@code WebhookDelivery#body()}):
 * the order, document or return. Amounts are strings with their decimals, times are ISO-8601
 * instants.
 */
public final class WebhookPayloads {
  private WebhookPayloads() {}

  public static JsonObject order(Order o) {
    JsonObjectBuilder b = JsonP.createObjectBuilder();
    text(b, "number", o.getNumber());
    b.add("type", String.valueOf(o.getType())).add("channel", String.valueOf(o.getChannel()));
    text(b, "model", o.getModel());
    if (o.getStatus() != null) {
      text(b, "status", o.getStatus().getCode());
      text(b, "statusName", o.getStatus().getNameEn());
      b.add("phase", String.valueOf(o.getStatus().getPhase()));
    }
    b.add("paymentStatus", String.valueOf(o.getPaymentStatus()));
    text(b, "currency", o.getCurrency());
    amount(b, "total", o.getTotal());
    amount(b, "amountPaid", o.getAmountPaid());
    amount(b, "vatAmount", o.getVatAmount());
    amount(b, "shippingCost", o.getShippingCost());
    JsonObjectBuilder customer = JsonP.createObjectBuilder();
    text(customer, "name", o.getCustomerName());
    text(customer, "email", o.getCustomerEmail());
    text(customer, "company", o.getCustomerCompany());
    b.add("customer", customer);
    time(b, "createdAt", o.getCreatedAt());
    time(b, "paidAt", o.getPaidAt());
    time(b, "shippedAt", o.getShippedAt());
    time(b, "cancelledAt", o.getCancelledAt());
    text(b, "cancelReason", o.getCancelReason());
    amount(b, "cancelFee", o.getCancelFee());
    text(b, "invoiceNumber", o.getInvoiceNumber());
    Tracking t = o.getTracking();
    if (t != null && t.getNumber() != null) {
      JsonObjectBuilder tracking = JsonP.createObjectBuilder();
      text(tracking, "number", t.getNumber());
      text(tracking, "carrier", t.getCarrier());
      text(tracking, "url", t.getUrl());
      tracking.add("parcels", t.getParcels());
      b.add("tracking", tracking);
    }
    return b.build();
  }

  /** An order that moved, with the name of the status it left. */
  public static JsonObject statusChange(Order o, String previousStatusName) {
    JsonObjectBuilder b = JsonP.createObjectBuilder(order(o));
    text(b, "previousStatusName", previousStatusName);
    return b.build();
  }

  public static JsonObject document(Invoice d) {
    JsonObjectBuilder b = JsonP.createObjectBuilder();
    text(b, "number", d.getNumber());
    b.add("kind", d.isCreditNote() ? "CREDIT_NOTE" : "INVOICE");
    text(b, "orderNumbers", d.getOrderNumbers());
    text(b, "currency", d.getCurrency());
    amount(b, "subtotal", d.getSubtotal());
    amount(b, "vatAmount", d.getVatAmount());
    amount(b, "total", d.getTotal());
    text(b, "customerName", d.getCustomerName());
    time(b, "issuedAt", d.getIssuedAt());
    return b.build();
  }

  public static JsonObject orderReturn(OrderReturn r) {
    JsonObjectBuilder b = JsonP.createObjectBuilder();
    if (r.getId() != null) {
      b.add("id", r.getId().longValue());
    }
    text(b, "orderNumber", r.getOrderNumber());
    b.add("status", String.valueOf(r.getStatus())).add("pieces", r.getPieces());
    text(b, "currency", r.getCurrency());
    amount(b, "reimbursable", r.getReimbursable());
    time(b, "createdAt", r.getCreatedAt());
    return b.build();
  }

  public static JsonObject test(String tenantCode) {
    return JsonP.createObjectBuilder()
        .add("message", "A test event from Orderpool")
        .add("company", tenantCode)
        .build();
  }

  private static void text(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }

  private static void amount(JsonObjectBuilder b, String name, BigDecimal value) {
    if (value != null) {
      b.add(name, value.toPlainString());
    }
  }

  private static void time(JsonObjectBuilder b, String name, Instant value) {
    if (value != null) {
      b.add(name, value.toString());
    }
  }
}
