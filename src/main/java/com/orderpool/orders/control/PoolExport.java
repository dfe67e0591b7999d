package com.orderpool.orders.control;

import com.orderpool.core.TableExport;
import com.orderpool.core.TableWriter.Column;
import com.orderpool.core.TableWriter.Type;
import com.orderpool.core.UiTexts;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.Roles;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The order pool as a file: the orders the pool's filter (and search) finds, newest first, with the
 * columns the user had visible. Parameters: {@code {"filter": <the pool filter>, "hidden": [column
 * keys]}}.
 */
@ApplicationScoped
public class PoolExport implements TableExport {
  private static final Jsonb JSON = JsonbBuilder.create();
  static final int PAGE = 1000;

  /** What a pool export is asked for. */
  public static class Params {
    public PoolFilter filter;
    public List<String> hidden = new ArrayList<>();
  }

  /** One exportable column: its header key, type and value. */
  private record Col(String header, Type type, Function<Order, Object> value) {}

  @Inject TenantDatabase db;
  @Inject StatusCatalog statuses;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** The parameters as JSON. */
  public static String params(PoolFilter filter, List<String> hidden) {
    Params p = new Params();
    p.filter = filter;
    p.hidden = hidden == null ? List.of() : List.copyOf(hidden);
    return JSON.toJson(p);
  }

  @Override
  public String name() {
    return "pool";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.TENANT_ADMIN, Roles.STAFF, Roles.ACCOUNTANT);
  }

  private Map<String, Col> columns(String lang, Instant now) {
    Map<String, Col> c = new LinkedHashMap<>();
    c.put("number", new Col("order.number", Type.TEXT, Order::getNumber));
    c.put("invoice", new Col("order.invoice", Type.TEXT, Order::getInvoiceNumber));
    c.put("wipStart", new Col("order.wipStart", Type.DATE, o -> day(o.getWipStartAt())));
    c.put("model", new Col("order.model", Type.TEXT, Order::getModel));
    c.put(
        "status",
        new Col(
            "order.status",
            Type.TEXT,
            o ->
                o.getStatus() == null
                    ? null
                    : o.getStatus().name(java.util.Locale.forLanguageTag(lang))));
    c.put(
        "days",
        new Col("order.daysInProduction", Type.INTEGER, o -> o.daysInProduction(now, zone)));
    c.put(
        "payment",
        new Col(
            "order.payment",
            Type.TEXT,
            o -> UiTexts.text(lang, "payment." + o.getPaymentStatus())));
    c.put("total", new Col("cost.total", Type.MONEY, Order::getTotal));
    c.put("currency", new Col("export.currency", Type.TEXT, Order::getCurrency));
    c.put("quantity", new Col("order.quantity", Type.INTEGER, o -> (long) o.getQuantity()));
    c.put(
        "tracking",
        new Col(
            "order.tracking",
            Type.TEXT,
            o ->
                o.getTracking().getNumber() == null || o.getTracking().getMoreParcels() == 0
                    ? o.getTracking().getNumber()
                    : o.getTracking().getNumber() + " +" + o.getTracking().getMoreParcels()));
    c.put("customer", new Col("order.customer", Type.TEXT, Order::getCustomerName));
    c.put("email", new Col("export.email", Type.TEXT, Order::getCustomerEmail));
    c.put("created", new Col("order.createdAt", Type.DATE, o -> day(o.getCreatedAt())));
    return c;
  }

  private LocalDate day(Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, zone);
  }

  @Override
  public Table table(String params, String language) {
    Params p = JSON.fromJson(params, Params.class);
    PoolFilter filter = p.filter == null ? PoolFilter.all() : p.filter;
    List<Col> cols = new ArrayList<>();
    columns(language, clock.instant())
        .forEach(
            (key, col) -> {
              if (!p.hidden.contains(key) || "number".equals(key)) {
                cols.add(col);
              }
            });
    List<Column> header =
        cols.stream().map(c -> new Column(UiTexts.text(language, c.header()), c.type())).toList();
    PoolQuery query = new PoolQuery(filter, zone);
    long count = query.cappedCount(db.em());
    Consumer<Consumer<Object[]>> rows =
        sink -> {
          statuses.all();
          List<Order> page = query.page(db.em(), com.orderpool.core.PageRequest.of(0, PAGE));
          while (!page.isEmpty()) {
            for (Order o : page) {
              Object[] row = new Object[cols.size()];
              for (int i = 0; i < row.length; i++) {
                row[i] = cols.get(i).value().apply(o);
              }
              sink.accept(row);
            }
            Order last = page.get(page.size() - 1);
            db.em().clear();
            page =
                page.size() < PAGE
                    ? List.of()
                    : query.after(db.em(), last.getCreatedAt(), last.getId(), PAGE);
          }
        };
    return new Table(UiTexts.text(language, "export.pool.title"), header, count, rows);
  }

  /** The column keys in their order (for the page's column toggler). */
  public static List<String> keys() {
    return List.of(
        "number",
        "invoice",
        "wipStart",
        "model",
        "status",
        "days",
        "payment",
        "total",
        "currency",
        "quantity",
        "tracking",
        "customer",
        "email",
        "created");
  }
}
