package com.orderpool.shipping.control;

import com.orderpool.core.Address;
import com.orderpool.notifications.control.Languages;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.reports.control.DocumentRenderer;
import com.orderpool.reports.control.DocumentRenderer.Document;
import com.orderpool.shipping.entity.Parcel;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShipmentItem;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.tenancy.TenantProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Packing slips: one per order of a shipment (what it carries of the order, its method, parcels and
 * tracking), or of an order that has not shipped (all its lines), filled into the tenant's packing
 * slip design as one PDF. The slip's language is the one asked for, else the customer's, else the
 * tenant's. Nothing on it is a price: no price goes into the design.
 */
@ApplicationScoped
public class PackingSlipDocuments {
  public static final String REPORT = "packing-slip";

  @Inject DocumentRenderer renderer;
  @Inject ShipmentRecords records;
  @Inject OrderStore orders;
  @Inject TenantProfile profile;
  @Inject Clock clock;

  /** One slip per order in the shipment, by order number. */
  public List<Document> ofShipment(Shipment s, String language) {
    Map<Order, ShipmentItem> carried =
        new java.util.TreeMap<>(java.util.Comparator.comparingLong(Order::getSeq));
    for (ShipmentItem i : records.items(s.getId())) {
      carried.put(orders.withLines(i.getOrderId()), i);
    }
    List<Order> all = List.copyOf(carried.keySet());
    List<Document> docs = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Order order = all.get(k);
      docs.add(slip(s, carried.get(order), order, others(all, k), language));
    }
    return docs;
  }

  /** The slip of one order in a shipment (the other orders in it are named on the slip). */
  public Document ofOrderIn(Shipment s, Order order, String language) {
    List<ShipmentItem> items = records.items(s.getId());
    ShipmentItem item =
        items.stream()
            .filter(i -> i.getOrderId() == order.getId())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("order not in the shipment"));
    List<String> others =
        items.stream()
            .filter(i -> i != item)
            .map(i -> orders.withLines(i.getOrderId()))
            .sorted(java.util.Comparator.comparingLong(Order::getSeq))
            .map(Order::getNumber)
            .toList();
    return slip(s, item, order, others, language);
  }

  /** The slip of an order that has not shipped: all of its lines, its chosen method if any. */
  public Document ofUnshipped(Order order, String language) {
    Locale locale = locale(order, language);
    Map<String, Object> p = common(order, locale);
    p.put("SHIP_DATE", Date.from(clock.instant()));
    Long methodId = order.getTracking().getMethodId();
    if (methodId != null) {
      try {
        method(p, records.method(methodId), locale);
      } catch (com.orderpool.core.NotFoundException gone) {
        // a method removed since: the slip names none
      }
    }
    List<SlipLines.Line> lines = lines(order);
    return new Document(p, rows(lines), locale);
  }

  /** The documents as one PDF, in order. */
  public byte[] pdf(List<Document> documents) {
    return renderer.mergedPdf(REPORT, documents);
  }

  private Document slip(
      Shipment s, ShipmentItem item, Order order, List<String> others, String language) {
    Locale locale = locale(order, language);
    Map<String, Object> p = common(order, locale);
    p.put("SHIPMENT_NUMBER", String.valueOf(s.getId()));
    p.put("SHIP_DATE", Date.from(s.getSentAt() != null ? s.getSentAt() : s.getCreatedAt()));
    method(p, records.method(s.getMethodId()), locale);
    List<Parcel> parcels = records.parcels(s.getId());
    if (!parcels.isEmpty()) {
      p.put("PARCELS", parcels.size());
      p.put(
          "TRACKING",
          parcels.stream()
              .map(Parcel::getTrackingNumber)
              .filter(Objects::nonNull)
              .collect(Collectors.joining("\n")));
    }
    p.put("PIECES", item.getPieces());
    p.put("ORDER_PIECES", order.getQuantity());
    p.put("OTHER_ORDERS", others.isEmpty() ? null : String.join(", ", others));
    p.put("NOTE", s.getNote());
    List<SlipLines.Line> lines =
        SlipLines.carried(
            lines(order),
            order.getQuantity(),
            records.piecesBefore(order.getId(), s.getId()),
            item.getPieces());
    return new Document(p, rows(lines), locale);
  }

  private Map<String, Object> common(Order order, Locale locale) {
    Map<String, Object> p = new HashMap<>();
    p.put("ORDER_NUMBER", order.getNumber());
    Address to = order.getShipping() != null ? order.getShipping() : order.getBilling();
    p.put("SHIP_TO", block(order, to, locale));
    String phone = to != null && to.getPhone() != null ? to.getPhone() : order.getCustomerPhone();
    p.put("CUSTOMER_PHONE", phone);
    return p;
  }

  private static void method(Map<String, Object> p, ShippingMethod m, Locale locale) {
    p.put("METHOD", m.name(locale));
    p.put("CARRIER", m.getCarrier());
  }

  private Locale locale(Order order, String language) {
    String lang =
        language != null && !language.isBlank()
            ? language
            : order.getCustomerLanguage() != null ? order.getCustomerLanguage() : profile.locale();
    return Locale.forLanguageTag("es".equals(Languages.of(lang)) ? "es-ES" : "en-GB");
  }

  private static List<String> others(List<Order> carried, int k) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < carried.size(); i++) {
      if (i != k) {
        numbers.add(carried.get(i).getNumber());
      }
    }
    return numbers;
  }

  private static List<SlipLines.Line> lines(Order order) {
    List<SlipLines.Line> lines = new ArrayList<>();
    for (OrderLine l : order.getLines()) {
      lines.add(
          new SlipLines.Line(
              l.getLineNo(),
              l.getSku(),
              l.getDescription(),
              l.getPersonalisation(),
              l.getQuantity()));
    }
    return lines;
  }

  private static List<Map<String, ?>> rows(List<SlipLines.Line> lines) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (SlipLines.Line l : lines) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("lineNo", l.lineNo());
      r.put("sku", l.sku() == null || l.sku().isBlank() ? null : l.sku());
      r.put("description", l.description());
      r.put("personalisation", l.personalisation());
      r.put("quantity", l.quantity());
      rows.add(r);
    }
    return rows;
  }

  /** The printed address: name, company, street lines, postcode and city, region, country. */
  private static String block(Order order, Address a, Locale locale) {
    if (a == null) {
      return Stream.of(order.getCustomerName(), order.getCustomerCompany())
          .filter(s -> s != null && !s.isBlank())
          .collect(Collectors.joining("\n"));
    }
    String who = a.getName() != null ? a.getName() : order.getCustomerName();
    String firm = a.getCompany() != null ? a.getCompany() : order.getCustomerCompany();
    String city =
        Stream.of(a.getPostalCode(), a.getCity())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(
            who, firm, a.getLine1(), a.getLine2(), city, a.getRegion(), a.countryName(locale))
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining("\n"));
  }
}
