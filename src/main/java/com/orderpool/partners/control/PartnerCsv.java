package com.orderpool.partners.control;

import com.orderpool.core.Address;
import com.orderpool.core.TableWriter;
import com.orderpool.core.TableWriter.Column;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One order as the CSV file a partner gets by SFTP: a header row, then one row per line with the
 * status ({@code NEW}, or {@code CANCELLED} in the file that tells of a cancellation), the order's
 * number, reference, customer contact and delivery address (the shipping address, else the billing
 * one) repeated, no prices. UTF-8 with a byte order mark, comma separated, text cells neutralised
 * against formula injection ({@link TableWriter}).
 */
public final class PartnerCsv {
  static final List<Column> COLUMNS =
      List.of(
          text("status"),
          text("order_number"),
          text("order_reference"),
          text("type"),
          text("model"),
          text("customer_name"),
          text("customer_email"),
          text("customer_phone"),
          text("delivery_name"),
          text("delivery_company"),
          text("delivery_line1"),
          text("delivery_line2"),
          text("delivery_postal_code"),
          text("delivery_city"),
          text("delivery_region"),
          text("delivery_country"),
          text("delivery_phone"),
          new Column("line", TableWriter.Type.INTEGER),
          text("sku"),
          text("description"),
          new Column("quantity", TableWriter.Type.INTEGER),
          text("personalisation"));

  private PartnerCsv() {}

  /** The file of a new order: {@code 12345-BFG.csv}. */
  public static String fileName(Order order) {
    return order.getNumber() + ".csv";
  }

  /** The file of a cancellation: {@code 12345-BFG.cancelled.csv}. */
  public static String cancellationName(Order order) {
    return order.getNumber() + ".cancelled.csv";
  }

  /** The order's file; {@code cancelled} for the file that tells of its cancellation. */
  public static byte[] of(Order order, boolean cancelled) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Address to = order.deliveryAddress();
    try (TableWriter w = TableWriter.open(TableWriter.Format.CSV, out, "order", COLUMNS)) {
      for (OrderLine line : order.getLines()) {
        w.row(
            cancelled ? "CANCELLED" : "NEW",
            order.getNumber(),
            order.getExternalReference(),
            order.getType().name(),
            order.getModel(),
            order.getCustomerName(),
            order.getCustomerEmail(),
            order.getCustomerPhone(),
            to == null ? null : to.getName(),
            to == null ? null : to.getCompany(),
            to == null ? null : to.getLine1(),
            to == null ? null : to.getLine2(),
            to == null ? null : to.getPostalCode(),
            to == null ? null : to.getCity(),
            to == null ? null : to.getRegion(),
            to == null ? null : to.getCountry(),
            to == null ? null : to.getPhone(),
            line.getLineNo(),
            line.getSku(),
            line.getDescription(),
            line.getQuantity(),
            line.getPersonalisation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Column text(String header) {
    return new Column(header, TableWriter.Type.TEXT);
  }
}
