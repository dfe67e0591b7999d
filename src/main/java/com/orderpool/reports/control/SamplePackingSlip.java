package com.orderpool.reports.control;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up packing slips that set every parameter and field of the packing slip contract (and one
 * that leaves the optional ones out), used to test-fill an uploaded design before it is accepted
 * and for the "preview sample" download. Never stored. {@code es} gives Spanish descriptions.
 */
public final class SamplePackingSlip {
  private SamplePackingSlip() {}

  /** One order's slip in a group shipment that carries part of its pieces, with tracking. */
  public static SampleInvoice.Document shipped(
      String language, String companyCode, Instant shipped) {
    boolean es = "es".equals(language);
    String code = companyCode == null ? "DEM" : companyCode;
    Map<String, Object> p = new HashMap<>();
    p.put("ORDER_NUMBER", "10042-" + code);
    p.put("SHIPMENT_NUMBER", "128");
    p.put("SHIP_DATE", Date.from(shipped));
    p.put("SHIP_TO", "Lucía Fernández\nAvinguda Diagonal 640, 3º 2ª\n08017 Barcelona\nSpain");
    p.put("CUSTOMER_PHONE", "+34 600 123 456");
    p.put("METHOD", es ? "Estándar 24/48 h" : "Standard 24/48 h");
    p.put("CARRIER", "Correos");
    p.put("PARCELS", 2);
    p.put("TRACKING", "PK0042ES\nPK0043ES");
    p.put("PIECES", 4);
    p.put("ORDER_PIECES", 10);
    p.put("OTHER_ORDERS", "10043-" + code);
    p.put("NOTE", es ? "Entregar en recepción, por la mañana." : "Deliver to reception, mornings.");
    List<Map<String, ?>> rows =
        List.of(
            line(
                1,
                "OX-38-BLK",
                es ? "Oxford, negro, talla 38" : "Oxford, black, size 38",
                "L.F.",
                3),
            line(
                2,
                "OX-41-TAN",
                es ? "Oxford, cuero marrón, talla 41" : "Oxford, tan, size 41",
                null,
                1));
    return new SampleInvoice.Document(p, rows);
  }

  /** An order's slip before it ships: no shipment, method, parcels, tracking or note. */
  public static SampleInvoice.Document unshipped(
      String language, String companyCode, Instant printed) {
    boolean es = "es".equals(language);
    String code = companyCode == null ? "DEM" : companyCode;
    Map<String, Object> p = new HashMap<>();
    p.put("ORDER_NUMBER", "10044-" + code);
    p.put("SHIP_DATE", Date.from(printed));
    p.put("SHIP_TO", "Jordi Puig\nCarrer de Mallorca 401\n08013 Barcelona\nSpain");
    List<Map<String, ?>> rows =
        List.of(
            line(
                1,
                "CH-40-BRN",
                es ? "Botín Chelsea, ante marrón, talla 40" : "Chelsea boot, brown suede, size 40",
                null,
                1));
    return new SampleInvoice.Document(p, rows);
  }

  private static Map<String, Object> line(
      int no, String sku, String description, String personalisation, int qty) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("lineNo", no);
    row.put("sku", sku);
    row.put("description", description);
    row.put("personalisation", personalisation);
    row.put("quantity", qty);
    return row;
  }
}
