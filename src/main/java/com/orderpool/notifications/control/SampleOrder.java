package com.orderpool.notifications.control;

import com.orderpool.core.Address;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.LineSpec;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A made-up order of the current tenant for template previews: two lines with personalisation, a
 * customisation and shipping cost, VAT and both addresses, so every variable has a value. It is
 * never stored.
 */
@ApplicationScoped
public class SampleOrder {
  static final long SAMPLE_NUMBER = 10042;

  @Inject OrderMails mails;
  @Inject TenantDatabase db;
  @Inject Clock clock;

  /** The template model of the sample order in a language. */
  public Map<String, Object> model(String language) {
    return mails.model(order(db.tenantCode(), clock), language);
  }

  /**
   * A made-up scheduled report for previews of the {@code report_delivery} template, whose model
   * has no order: its {@code report} variables.
   */
  public static Map<String, Object> report(String language) {
    boolean es = "es".equals(language);
    return Map.of(
        "title", es ? "Registro de facturas emitidas" : "Invoice register",
        "period", es ? "noviembre de 2026" : "November 2026",
        "from", es ? "1 de noviembre de 2026" : "1 November 2026",
        "until", es ? "30 de noviembre de 2026" : "30 November 2026",
        "format", "PDF",
        "fileName", "invoices-2026-11-01-2026-12-01.pdf");
  }

  /** A made-up webhook endpoint for previews of the {@code webhook_disabled} template. */
  public static Map<String, Object> endpoint(String language) {
    return Map.of(
        "url", "https://shop.example/hooks/orderpool",
        "failures", "20",
        "lastError", "HTTP 500");
  }

  /** A made-up file expectation for previews of the {@code import_file_missing} template. */
  public static Map<String, Object> watch(String language) {
    boolean es = "es".equals(language);
    return Map.of(
        "everyHours", "24",
        "dueAt", es ? "6 dic 2026, 8:00" : "6 Dec 2026, 08:00",
        "lastFile", es ? "5 dic 2026, 8:00" : "5 Dec 2026, 08:00");
  }

  /** A made-up partner for previews of the {@code partner_*} templates. */
  public static Map<String, Object> partner(String language) {
    return Map.of("name", "Calzados Elche S.L.", "kind", "SUPPLIER");
  }

  /** A made-up return for previews of the {@code return_received} template: its variables. */
  public static Map<String, Object> returned(String language) {
    boolean es = "es".equals(language);
    return Map.of(
        "date", es ? "2 de diciembre de 2026" : "2 December 2026",
        "reason", es ? "Talla incorrecta" : "Wrong size",
        "action", es ? "Sustituir" : "Replace");
  }

  /**
   * A made-up retailer's month for previews of the {@code retailer_summary} template: its {@code
   * retailer} and {@code summary} variables (two orders, one of them cancelled, at 7.5 %).
   */
  public static Map<String, Object> retailerSummary(String language, java.time.ZoneId zone) {
    Clock fixed = Clock.fixed(java.time.Instant.parse("2026-11-12T10:00:00Z"), zone);
    Order kept = order("BFG", fixed);
    Order cancelled = order("BFG", fixed, SAMPLE_NUMBER + 1);
    cancelled.cancel(
        new OrderStatus("cancelled", Phase.CANCELLED, 90, "#9aa5b1", "Cancelled", "Cancelado"),
        "sample",
        null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        fixed.instant().plusSeconds(5 * 86400));
    com.orderpool.orders.entity.Retailer shop =
        new com.orderpool.orders.entity.Retailer(
            "SHOP", "Calzados Online SL", "orders@shop.example", new BigDecimal("7.50"));
    com.orderpool.orders.entity.CommissionTally tally =
        new com.orderpool.orders.entity.CommissionTally()
            .add(1, kept.getTotal().subtract(kept.getVatAmount()), shop.getCommissionRate(), false)
            .add(1, cancelled.getTotal().subtract(cancelled.getVatAmount()), null, true);
    return new RetailerSummaryModel(language, zone)
        .of(
            shop,
            java.time.YearMonth.of(2026, 11),
            List.of(kept, cancelled),
            List.of(cancelled),
            List.of(new RetailerSummaryModel.Figures("EUR", tally)));
  }

  static Order order(String companyCode, Clock clock) {
    return order(companyCode, clock, SAMPLE_NUMBER);
  }

  private static Order order(String companyCode, Clock clock, long number) {
    OrderStatus received =
        new OrderStatus("received", Phase.PENDING_PAYMENT, 10, "#2f6fed", "Received", "Recibido");
    Placement placement =
        new Placement(
            OrderType.BULK,
            Channel.BACKOFFICE,
            "Oxford",
            3,
            "Lucía Fernández",
            "lucia@example.com",
            List.of(
                new LineSpec(
                    "OX-38", "Oxford, black, size 38", 2, new BigDecimal("120.00"), "L.F."),
                new LineSpec("OX-41", "Oxford, tan, size 41", 1, new BigDecimal("125.00"), null)),
            new BigDecimal("15.00"),
            new BigDecimal("12.50"),
            new BigDecimal("21"),
            "EUR",
            null);
    Order order = Order.place(number, companyCode, placement, received, "sample", clock.instant());
    Address home =
        new Address("Lucía Fernández", "Carrer de Mallorca 401", "08013", "Barcelona", "ES");
    order.recordCustomer(0L, "+34 600 000 000", "Fernández Calzados", null, home, null);
    return order;
  }
}
