package com.orderpool.shipping.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.reports.control.DocumentRenderer.Document;
import com.orderpool.shipping.control.PackingSlipDocuments;
import com.orderpool.shipping.control.ShipmentRecords;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Packing slips as PDF: a shipment's (one slip per order it carries) and, for a selection of
 * orders, one merged file with each order's slip from its latest shipment, or from the order itself
 * when it has not shipped. {@code language} {@code en} / {@code es}, or null for each customer's.
 * Another tenant's shipment or order is not found, like a missing one.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class PackingSlips {
  /** The most orders one merged file takes (a pool page shows at most 100). */
  public static final int MAX_ORDERS = 200;

  @Inject PackingSlipDocuments documents;
  @Inject ShipmentRecords records;
  @Inject OrderStore orders;

  /** A PDF and the name to save it under. */
  public record Pdf(String fileName, byte[] content) {}

  /** The packing slips of a shipment. */
  public Pdf ofShipment(long shipmentId, String language) {
    Shipment s = records.get(shipmentId);
    return new Pdf(
        "packing-slip-" + shipmentId + ".pdf", documents.pdf(documents.ofShipment(s, language)));
  }

  /** One slip per order, in the order given (each order once). */
  public Pdf ofOrders(@NotNull List<Long> orderIds, String language) {
    List<Long> ids = new ArrayList<>(new LinkedHashSet<>(orderIds));
    if (ids.isEmpty()) {
      throw BusinessException.of("bulk.nothingSelected");
    }
    if (ids.size() > MAX_ORDERS) {
      throw BusinessException.of("packingSlip.tooMany", MAX_ORDERS);
    }
    List<Document> docs = new ArrayList<>();
    String first = null;
    for (long id : ids) {
      Order order = orders.withLines(id);
      first = first == null ? order.getNumber() : first;
      Optional<Shipment> latest = records.latestOf(id);
      docs.add(
          latest.isPresent()
              ? documents.ofOrderIn(latest.get(), order, language)
              : documents.ofUnshipped(order, language));
    }
    String name = ids.size() == 1 ? "packing-slip-" + first + ".pdf" : "packing-slips.pdf";
    return new Pdf(name, documents.pdf(docs));
  }
}
