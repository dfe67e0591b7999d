package com.orderpool.notifications.control;

import com.orderpool.orders.entity.CommissionTally;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.tenancy.TenantProfile;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The template model of a retailer's monthly summary (the {@code retailer_summary} e-mail): {@code
 * retailer.*} (code, name, rate) and {@code summary.*}: the month, its orders (number, date, model,
 * net, status, cancelled), the cancellations made in it, and per currency the orders, cancelled
 * ones, net amount and commission. Money and dates are formatted in the e-mail's language; never
 * the entities themselves.
 */
public final class RetailerSummaryModel {
  private final Locale locale;
  private final ZoneId zone;

  public RetailerSummaryModel(String language, ZoneId zone) {
    this.locale = Locale.forLanguageTag(language);
    this.zone = zone;
  }

  /** One currency's figures of the month. */
  public record Figures(String currency, CommissionTally tally) {}

  public Map<String, Object> of(
      Retailer retailer,
      YearMonth month,
      List<Order> placed,
      List<Order> cancelled,
      List<Figures> figures) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", retailer.getCode());
    r.put("name", retailer.getName());
    r.put("rate", NumberFormat.getNumberInstance(locale).format(retailer.getCommissionRate()));
    Map<String, Object> s = new LinkedHashMap<>();
    // "November 2026", "noviembre 2026": each language's own capitals
    s.put("month", DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month));
    s.put("orders", placed.stream().map(this::order).toList());
    s.put("hasOrders", !placed.isEmpty());
    s.put("cancellations", cancelled.stream().map(this::order).toList());
    s.put("hasCancellations", !cancelled.isEmpty());
    List<Map<String, Object>> totals = new ArrayList<>();
    for (Figures f : figures) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("currency", f.currency());
      t.put("orders", String.valueOf(f.tally().orders()));
      t.put("cancelled", String.valueOf(f.tally().cancelled()));
      t.put("net", money(f.tally().net(), f.currency()));
      t.put("commission", money(f.tally().commission(), f.currency()));
      totals.add(t);
    }
    s.put("totals", totals);
    s.put("hasTotals", !totals.isEmpty());
    return Map.of("retailer", r, "summary", s);
  }

  private Map<String, Object> order(Order o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", o.getNumber());
    m.put("date", date(o.getCreatedAt()));
    m.put("model", o.getModel() == null ? "" : o.getModel());
    m.put("net", money(o.getTotal().subtract(o.getVatAmount()), o.getCurrency()));
    m.put("status", o.getStatus() == null ? "" : o.getStatus().name(locale));
    m.put("cancelled", o.getCancelledAt() != null);
    m.put("cancelledAt", date(o.getCancelledAt()));
    return m;
  }

  private String money(BigDecimal v, String currency) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    f.setCurrency(
        Currency.getInstance(currency == null ? TenantProfile.DEFAULT_CURRENCY : currency));
    return f.format(v);
  }

  private String date(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale)
            .format(at.atZone(zone));
  }
}
