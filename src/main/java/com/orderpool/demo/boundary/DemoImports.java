package com.orderpool.demo.boundary;

import com.orderpool.core.PageRequest;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.control.ImportColumns;
import com.orderpool.imports.control.TrackingRow;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A demo tenant's first CSV import, as a shop's weekly export would come: three orders, one of them
 * with a bad e-mail address, so the Import page shows created orders and a rejected one with its
 * row's error; and a fulfilment partner's file of tracking numbers that ships two orders in
 * production (and names one that does not exist).
 */
@ApplicationScoped
public class DemoImports {
  static final String FILE = "shop-export-week-48.csv";
  static final String TRACKING_FILE = "taller-elche-tracking.csv";

  @Inject Imports imports;
  @Inject OrderService orders;

  /** Sends the file (it is imported in the background) and expects one a day from now on. */
  public void send() {
    String header = String.join(";", ImportColumns.all());
    String csv =
        header
            + "\r\n"
            + row(
                "WEB-5001",
                "BULK",
                "Oxford",
                "Lucía Gómez",
                "lucia@cliente.example",
                "es",
                "Gran Vía 12",
                "28013",
                "Madrid",
                "ES",
                "OXF-40",
                "Oxford, negro, 40",
                "2",
                "119,00")
            + row(
                "WEB-5001",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "OXF-41",
                "Oxford, negro, 41",
                "1",
                "119,00")
            + row(
                "WEB-5002",
                "MTO",
                "Loafer",
                "Peter Hall",
                "peter@customer.example",
                "en",
                "4 Mill Lane",
                "OX1 2JD",
                "Oxford",
                "GB",
                "LOF-43",
                "Loafer, tan, 43",
                "1",
                "135,50")
            + row(
                "WEB-5003",
                "MTO",
                "Derby",
                "Marc Vidal",
                "marc(at)cliente.example",
                "es",
                "Carrer Gran 3",
                "08001",
                "Barcelona",
                "ES",
                "DRB-42",
                "Derby, marrón, 42",
                "1",
                "99,00");
    imports.upload(
        FILE, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH);
    // the shop sends its export every day: the Import page shows when the next one is due
    imports.expectFiles(24);
  }

  /**
   * Sends a partner's tracking file for two orders in production (those with a chosen method);
   * answers its job's id.
   */
  public long sendTracking() {
    PoolFilter inProduction = new PoolFilter();
    inProduction.setPhases(List.of(Phase.IN_PRODUCTION));
    List<Order> ready =
        orders.list(inProduction, PageRequest.of(0, 50)).stream()
            .filter(o -> o.getTracking().getMethodId() != null)
            .limit(2)
            .toList();
    StringBuilder csv =
        new StringBuilder(TrackingRow.ORDER_NUMBER + ";" + TrackingRow.TRACKING_NUMBERS + "\r\n");
    int parcel = 0;
    for (Order o : ready) {
      csv.append(o.getNumber()).append(";JJD00990012").append(40 + parcel++).append("\r\n");
    }
    csv.append("99999-").append(ready.isEmpty() ? "BFG" : suffix(ready.get(0)));
    csv.append(";JJD0099001299\r\n");
    return imports
        .uploadTracking(
            TRACKING_FILE,
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            Locale.ENGLISH)
        .getId();
  }

  private static String suffix(Order o) {
    return o.getNumber().substring(o.getNumber().indexOf('-') + 1);
  }

  private static String row(
      String ref,
      String type,
      String model,
      String name,
      String email,
      String language,
      String line1,
      String postal,
      String city,
      String country,
      String sku,
      String description,
      String quantity,
      String price) {
    java.util.Map<String, String> v = new java.util.HashMap<>();
    v.put(ImportColumns.REFERENCE, ref);
    v.put("type", type);
    v.put("model", model);
    v.put("customer_name", name);
    v.put("customer_email", email);
    v.put("customer_language", language);
    v.put("billing_name", name);
    v.put("billing_line1", line1);
    v.put("billing_postal_code", postal);
    v.put("billing_city", city);
    v.put("billing_country", country);
    v.put("sku", sku);
    v.put("description", description);
    v.put("quantity", quantity);
    v.put("unit_price", price);
    StringBuilder b = new StringBuilder();
    for (String column : ImportColumns.all()) {
      if (b.length() > 0) {
        b.append(';');
      }
      b.append(v.getOrDefault(column, ""));
    }
    return b.append("\r\n").toString();
  }
}
