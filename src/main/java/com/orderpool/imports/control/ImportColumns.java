package com.orderpool.imports.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import CSV format: one row per order line; the rows of one order follow each other and share
 * its {@code order_reference}. Order columns are read from an order's first row (later rows may
 * leave them blank or repeat them). Each column maps to a field of the API's order body, so a file
 * and an API call are checked by the same rules.
 */
public final class ImportColumns {
  public static final String REFERENCE = "order_reference";

  /** Order columns and the body field each fills, in template order. */
  static final Map<String, String> ORDER = new LinkedHashMap<>();

  /** Line columns and the line field each fills. */
  static final Map<String, String> LINE = new LinkedHashMap<>();

  private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]");

  static {
    ORDER.put(REFERENCE, "externalReference");
    ORDER.put("type", "type");
    ORDER.put("model", "model");
    ORDER.put("customer_name", "customer.name");
    ORDER.put("customer_email", "customer.email");
    ORDER.put("customer_phone", "customer.phone");
    ORDER.put("customer_company", "customer.company");
    ORDER.put("customer_language", "customer.language");
    for (String side : List.of("billing", "shipping")) {
      String object = side + "Address";
      ORDER.put(side + "_name", object + ".name");
      ORDER.put(side + "_company", object + ".company");
      ORDER.put(side + "_line1", object + ".line1");
      ORDER.put(side + "_line2", object + ".line2");
      ORDER.put(side + "_postal_code", object + ".postalCode");
      ORDER.put(side + "_city", object + ".city");
      ORDER.put(side + "_region", object + ".region");
      ORDER.put(side + "_country", object + ".country");
      ORDER.put(side + "_phone", object + ".phone");
    }
    ORDER.put("shipping_method", "shippingMethod");
    ORDER.put("shipping_cost", "shippingCost");
    // optional: the code of the retailer (sales channel) the order came from
    ORDER.put("retailer", "retailer");
    LINE.put("sku", "sku");
    LINE.put("description", "description");
    LINE.put("quantity", "quantity");
    LINE.put("unit_price", "unitPrice");
    LINE.put("personalisation", "personalisation");
  }

  /** Columns every file must have. */
  public static final Set<String> REQUIRED =
      Set.of(
          REFERENCE,
          "customer_name",
          "customer_email",
          "sku",
          "description",
          "quantity",
          "unit_price");

  private ImportColumns() {}

  /** Every column a file may have, in template order. */
  public static List<String> all() {
    List<String> all = new java.util.ArrayList<>(ORDER.keySet());
    all.addAll(LINE.keySet());
    return all;
  }

  /** The column a body field (as an error names it, lines by index) came from, or null. */
  public static String columnOf(String field) {
    String plain = field.replaceFirst("^lines\\[\\d+]\\.", "");
    Map<String, String> where = plain.equals(field) ? ORDER : LINE;
    for (Map.Entry<String, String> e : where.entrySet()) {
      if (e.getValue().equals(plain)) {
        return e.getKey();
      }
    }
    return field.equals("quantity") ? "quantity" : null;
  }

  /** The index of the line a body field belongs to, or -1 for an order field. */
  public static int lineIndexOf(String field) {
    Matcher m = LINE_FIELD.matcher(field);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The template: a header and two orders (one with two lines) that import as they are. */
  public static String template() {
    StringBuilder b = new StringBuilder(String.join(",", all())).append("\r\n");
    Map<String, String> ana = new LinkedHashMap<>();
    ana.put(REFERENCE, "shop-1001");
    ana.put("type", "MTO");
    ana.put("model", "Derby");
    ana.put("customer_name", "Ana Ruiz");
    ana.put("customer_email", "ana@customer.example");
    ana.put("customer_phone", "+34 600 111 222");
    ana.put("customer_language", "es");
    address(ana, "billing", "Ana Ruiz", "Calle Mayor 1", "28001", "Madrid", "ES");
    address(ana, "shipping", "Ana Ruiz", "Calle Mayor 1", "28001", "Madrid", "ES");
    ana.put("shipping_cost", "6.50");
    ana.put("sku", "DRB-38");
    ana.put("description", "Derby, EU 38");
    ana.put("quantity", "1");
    ana.put("unit_price", "100.00");
    row(b, ana);
    Map<String, String> tom = new LinkedHashMap<>();
    tom.put(REFERENCE, "shop-1002");
    tom.put("type", "BULK");
    tom.put("model", "Chelsea boot");
    tom.put("customer_name", "Tom Baker");
    tom.put("customer_email", "tom@retailer.example");
    tom.put("customer_company", "Baker & Sons");
    tom.put("customer_language", "en");
    address(tom, "billing", "Tom Baker", "12 High Street", "SW1A 1AA", "London", "GB");
    tom.put("billing_company", "Baker & Sons");
    tom.put("shipping_cost", "12.00");
    tom.put("sku", "CHL-41");
    tom.put("description", "Chelsea boot, black, EU 41");
    tom.put("quantity", "6");
    tom.put("unit_price", "89.90");
    row(b, tom);
    Map<String, String> second = new LinkedHashMap<>();
    second.put(REFERENCE, "shop-1002");
    second.put("sku", "CHL-42");
    second.put("description", "Chelsea boot, black, EU 42");
    second.put("quantity", "4");
    second.put("unit_price", "89.90");
    second.put("personalisation", "Initials \"TB\" on the heel");
    row(b, second);
    return b.toString();
  }

  private static void address(
      Map<String, String> row,
      String side,
      String name,
      String line1,
      String postal,
      String city,
      String country) {
    row.put(side + "_name", name);
    row.put(side + "_line1", line1);
    row.put(side + "_postal_code", postal);
    row.put(side + "_city", city);
    row.put(side + "_country", country);
  }

  private static void row(StringBuilder b, Map<String, String> values) {
    boolean first = true;
    for (String column : all()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      String cell = values.getOrDefault(column, "");
      b.append(
          cell.contains(",") || cell.contains("\"") || cell.contains("\n")
              ? "\"" + cell.replace("\"", "\"\"") + "\""
              : cell);
    }
    b.append("\r\n");
  }
}
