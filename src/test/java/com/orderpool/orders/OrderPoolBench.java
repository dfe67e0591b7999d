package com.orderpool.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.PoolOverHttp.Mode;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.PageKey;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.control.PoolQuery;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Benchmark (mvn verify -Pbench): the order pool at one million orders in one tenant
 * (-Dbench.orders=N for a smaller trial). First, in the container: the lazy model's boundary calls
 * (page load and count) per scenario, next to the raw SQL time of the same query. Then, from
 * outside the server in the same run: the same scenarios through HTTP as a signed-in user (the page
 * GET, the filter form and the table's own ajax requests), checking that each response shows the
 * rows the service returned. Writes target/bench/order-pool.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderPoolBench extends InContainer {
  private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
  private static final int RUNS = 30;
  private static final int SIZE = PoolOverHttp.SIZE;
  private static final String PASSWORD = "bench-pool-password";

  @Inject PlatformConsole console;
  @Inject AccountService accounts;
  @Inject OrderService orders;
  @Inject StatusSettings statuses;
  @Inject TenantRunner runner;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource ds;

  /**
   * One measured case. {@code first} is the offset of the page; a keyset case continues after the
   * row just before it, as the paginator's "next" does. {@code http} says how a user gets there
   * (see {@link PoolOverHttp}); {@code form} holds the filter form's fields for it.
   */
  private record Scenario(
      String name, PoolFilter filter, int first, boolean keyset, Mode http, List<String[]> form) {}

  private static Scenario offset(String name, PoolFilter f, int first, Mode http) {
    return new Scenario(name, f, first, false, http, List.of());
  }

  private static Scenario keyset(String name, int first, Mode http) {
    return new Scenario(name, new PoolFilter(), first, true, http, List.of());
  }

  private static Scenario filtered(String name, PoolFilter f, String... form) {
    List<String[]> fields = new ArrayList<>();
    for (int i = 0; i < form.length; i += 2) {
      fields.add(new String[] {"poolForm:" + form[i], form[i + 1]});
    }
    return new Scenario(name, f, 0, false, Mode.FILTER, fields);
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void inContainer() throws Exception {
    String code = Codes.fresh();
    String email = Codes.email(code, "big");
    ProvisionResult provisioned =
        console.provision(new ProvisionRequest("Big " + code, code, email));
    accounts.setPassword(provisioned.setPasswordToken(), PASSWORD, PASSWORD);
    String schema = "tenant_" + code.toLowerCase();
    double loadSeconds = BulkOrderLoader.load(ds, schema, code, ORDERS);
    String sewing =
        Long.toString(
            runner.call(code, () -> statuses.list()).stream()
                .filter(s -> s.getCode().equals("sewing"))
                .mapToLong(OrderStatus::getId)
                .findFirst()
                .orElseThrow());
    int deep = Math.min(500_000, ORDERS / 2);
    // A capped count shows "10,000+" and pages through the first COUNT_CAP rows only.
    int lastOffered = (PoolQuery.COUNT_CAP - 1) / SIZE * SIZE;

    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(offset("first page (default: not cancelled)", new PoolFilter(), 0, Mode.FIRST));
    scenarios.add(keyset("next page (keyset, as the paginator's next)", SIZE, Mode.NEXT));
    scenarios.add(
        offset(
            String.format("deepest page the paginator offers (offset %,d)", lastOffered),
            new PoolFilter(),
            lastOffered,
            Mode.PAGE));
    scenarios.add(
        keyset(
            String.format(
                "next page into the paginator's last page (keyset after row %,d)", lastOffered),
            lastOffered,
            Mode.NEXT));
    scenarios.add(
        offset(
            String.format("jump to row %,d by offset (not reachable from the UI)", deep),
            new PoolFilter(),
            deep,
            Mode.CLAMPED));
    scenarios.add(
        keyset(
            String.format("next page after row %,d by keyset (not reachable from the UI)", deep),
            deep,
            Mode.NONE));
    PoolFilter f;
    f = new PoolFilter();
    f.setStatusIds(List.of(Long.parseLong(sewing)));
    scenarios.add(filtered("status = Sewing Department", f, "fStatus", sewing));
    f = new PoolFilter();
    f.setPhases(List.of(Phase.IN_PRODUCTION));
    f.setPaymentStatuses(List.of(PaymentStatus.PAID));
    scenarios.add(
        filtered("phase In Production + paid", f, "fPhase", "IN_PRODUCTION", "fPayment", "PAID"));
    f = new PoolFilter();
    f.setPaymentStatuses(List.of(PaymentStatus.UNPAID));
    scenarios.add(filtered("payment = unpaid", f, "fPayment", "UNPAID"));
    f = new PoolFilter();
    f.setTypes(List.of(OrderType.BULK));
    f.setChannels(List.of(Channel.API));
    scenarios.add(filtered("type BULK + channel API", f, "fType", "BULK", "fChannel", "API"));
    f = new PoolFilter();
    f.setModel("Chelsea");
    scenarios.add(filtered("model = Chelsea", f, "fModel", "Chelsea"));
    f = new PoolFilter();
    f.setCreatedFrom(LocalDate.of(2025, 3, 1));
    f.setCreatedTo(LocalDate.of(2025, 3, 31));
    scenarios.add(
        filtered(
            "created in March 2025",
            f,
            "fCreatedFrom_input",
            "2025-03-01",
            "fCreatedTo_input",
            "2025-03-31"));
    f = new PoolFilter();
    f.setWipFrom(LocalDate.of(2025, 6, 1));
    f.setWipTo(LocalDate.of(2025, 6, 7));
    f.setPhases(List.of(Phase.IN_PRODUCTION, Phase.SHIPPED));
    scenarios.add(
        filtered(
            "WIP start in a week + phases",
            f,
            "fWipFrom_input",
            "2025-06-01",
            "fWipTo_input",
            "2025-06-07",
            "fPhase",
            "IN_PRODUCTION",
            "fPhase",
            "SHIPPED"));
    scenarios.add(
        filtered(
            "search customer prefix",
            new PoolFilter().withSearch("Customer 1234"),
            "pool:globalFilter",
            "Customer 1234"));
    String number = (100_000 + 512_345 % ORDERS) + "-" + code;
    scenarios.add(
        filtered(
            "search order number",
            new PoolFilter().withSearch(number),
            "pool:globalFilter",
            number));
    f = new PoolFilter();
    f.setIncludeCancelled(true);
    f.setStatusIds(List.of(Long.parseLong(sewing)));
    f.setTypes(List.of(OrderType.MTO));
    scenarios.add(
        filtered(
            "show cancelled + status + MTO",
            f,
            "showCancelled_input",
            "on",
            "fStatus",
            sewing,
            "fType",
            "MTO"));

    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
    Files.createDirectories(dir);
    Properties state = new Properties();
    state.setProperty("tenant", code);
    state.setProperty("email", email);
    state.setProperty("password", PASSWORD);
    state.setProperty(
        "loaded",
        String.format("Loaded %,d orders in %.1f s (JDBC batches).", ORDERS, loadSeconds));
    state.setProperty("scenarios", Integer.toString(scenarios.size()));
    StringBuilder sqls = new StringBuilder();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      PageRequest page = new PageRequest(s.first(), SIZE, null, false, null);
      RawSql raw = RawSql.of(s.filter(), schema);
      PageKey key = s.keyset() ? raw.keyAt(ds, s.first() - 1) : null;
      List<List<String>> shown = new ArrayList<>(List.of(List.of()));
      double[] load =
          time(
              () -> {
                List<Order> rows =
                    runner.call(
                        code,
                        () ->
                            s.keyset()
                                ? orders.listAfter(s.filter(), key, SIZE)
                                : orders.list(s.filter(), page));
                shown.set(0, rows.stream().map(Order::getNumber).toList());
                return rows.size();
              });
      long[] count = new long[1];
      double[] cnt = time(() -> count[0] = runner.call(code, () -> orders.count(s.filter())));
      String pageSql = s.keyset() ? raw.keysetSql(key) : raw.pageSql(s.first(), SIZE);
      double[] rawLoad = time(() -> raw.run(ds, pageSql));
      double[] rawCount = time(() -> raw.run(ds, raw.countSql()));
      // What the table shows for this request: PrimeFaces moves an offset past the row count back
      // to the start of the paginator's last page (a capped count pages through COUNT_CAP rows).
      long uiRows = Math.min(count[0], PoolQuery.COUNT_CAP);
      int uiFirst = s.first();
      if (uiRows > 0 && uiFirst >= uiRows) {
        uiFirst = (int) Math.max(0, (Math.ceil(uiRows / (double) SIZE) - 1) * SIZE);
      }
      List<String> expected = shown.get(0);
      if (uiFirst != s.first()) {
        int at = uiFirst;
        expected =
            runner.call(code, () -> orders.list(s.filter(), PageRequest.of(at, SIZE))).stream()
                .map(Order::getNumber)
                .toList();
      }
      String prefix = "s." + i + ".";
      state.setProperty(prefix + "name", s.name());
      state.setProperty(prefix + "mode", s.http().name());
      state.setProperty(prefix + "first", Integer.toString(s.first()));
      state.setProperty(prefix + "uiFirst", Integer.toString(uiFirst));
      state.setProperty(prefix + "expected", String.join(",", expected));
      state.setProperty(
          prefix + "form",
          String.join("\n", s.form().stream().map(kv -> kv[0] + "=" + kv[1]).toList()));
      state.setProperty(
          prefix + "rows", count[0] > PoolQuery.COUNT_CAP ? "10,000+" : Long.toString(count[0]));
      state.setProperty(
          prefix + "container",
          String.format(
              "%.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f×",
              p(load, 50),
              p(load, 95),
              p(cnt, 50),
              p(cnt, 95),
              p(rawLoad, 95),
              p(rawCount, 95),
              p(load, 95) / Math.max(0.01, p(rawLoad, 95))));
      state.setProperty(
          prefix + "withinTarget", Boolean.toString(p(load, 95) <= 100 && p(cnt, 95) <= 100));
      state.setProperty(prefix + "rawTotal", Double.toString(p(rawLoad, 95) + p(rawCount, 95)));
      sqls.append("### ")
          .append(s.name())
          .append("\n\n```sql\n")
          .append(pageSql)
          .append("\n```\n\nEXPLAIN: ")
          .append(raw.explain(ds, pageSql))
          .append("\n\n");
      state.setProperty("sql", sqls.toString());
      try (var out = Files.newBufferedWriter(dir.resolve("order-pool-state.properties"))) {
        state.store(out, "order pool bench: in-container part");
      }
      Files.writeString(
          dir.resolve("order-pool.md"), PoolOverHttp.report(state, null) + "\n(in progress)\n");
    }
    Files.writeString(dir.resolve("order-pool.md"), PoolOverHttp.report(state, null));
    assertTrue(state.size() > 0);
  }

  /** The same scenarios from outside the server, as a signed-in user of the bench tenant. */
  @Test
  @org.junit.jupiter.api.Order(2)
  @RunAsClient
  void overHttp(@ArquillianResource URL base) throws Exception {
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
    Properties state = new Properties();
    try (var in = Files.newBufferedReader(dir.resolve("order-pool-state.properties"))) {
      state.load(in);
    }
    Map<Integer, String> http = new PoolOverHttp(base, dir).run(state, RUNS);
    Files.writeString(dir.resolve("order-pool.md"), PoolOverHttp.report(state, http));
  }

  private static double[] time(Supplier<Object> call) {
    for (int i = 0; i < 3; i++) {
      call.get();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double p(double[] sorted, int percentile) {
    int idx = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }

  /** The same query as the pool's JPQL, written by hand in SQL, to show the ORM's share. */
  private record RawSql(String from, String where, List<Object> params, PoolFilter f) {
    static RawSql of(PoolFilter f, String schema) {
      StringBuilder w = new StringBuilder(" WHERE 1 = 1");
      List<Object> p = new ArrayList<>();
      if (f.getSearch() != null) {
        w.append(
            " AND (o.order_number = ? OR o.customer_name LIKE ? OR o.customer_email LIKE ? OR o.model LIKE ?)");
        p.addAll(
            List.of(
                f.getSearch().toUpperCase(),
                f.getSearch() + "%",
                f.getSearch() + "%",
                f.getSearch() + "%"));
      }
      in(w, p, "o.payment_status", f.getPaymentStatuses().stream().map(Enum::name).toList());
      in(w, p, "o.status_id", f.getStatusIds());
      in(w, p, "o.phase", f.getPhases().stream().map(Enum::name).toList());
      in(w, p, "o.order_type", f.getTypes().stream().map(Enum::name).toList());
      in(w, p, "o.channel", f.getChannels().stream().map(Enum::name).toList());
      if (f.getModel() != null) {
        w.append(" AND o.model = ?");
        p.add(f.getModel());
      }
      range(w, p, "o.created_at", f.getCreatedFrom(), f.getCreatedTo());
      range(w, p, "o.wip_start_at", f.getWipFrom(), f.getWipTo());
      if (!f.isIncludeCancelled() && !f.getPhases().contains(Phase.CANCELLED)) {
        w.append(" AND o.phase <> 'CANCELLED'");
      }
      return new RawSql("`" + schema + "`.customer_order o", w.toString(), p, f);
    }

    /** The deferred join the app runs: ids from the index, then those rows. */
    String pageSql(int first, int size) {
      String order =
          f.getWipFrom() != null || f.getWipTo() != null
              ? " ORDER BY o.wip_start_at DESC, o.id DESC"
              : " ORDER BY o.created_at DESC, o.id DESC";
      return "SELECT o.* FROM "
          + from
          + " JOIN (SELECT o.id FROM "
          + from
          + where
          + order
          + " LIMIT "
          + first
          + ", "
          + size
          + ") k ON k.id = o.id";
    }

    String keysetSql(PageKey key) {
      String at = "'" + java.sql.Timestamp.from(key.createdAt()) + "'";
      return "SELECT o.* FROM "
          + from
          + where
          + " AND (o.created_at < "
          + at
          + " OR (o.created_at = "
          + at
          + " AND o.id < "
          + key.id()
          + ")) ORDER BY o.created_at DESC, o.id DESC LIMIT 25";
    }

    PageKey keyAt(DataSource ds, int offset) {
      String sql =
          "SELECT o.created_at, o.id FROM "
              + from
              + where
              + " ORDER BY o.created_at DESC, o.id DESC LIMIT "
              + offset
              + ", 1";
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new PageKey(rs.getTimestamp(1).toInstant(), rs.getLong(2));
        }
      } catch (Exception e) {
        throw new IllegalStateException(sql, e);
      }
    }

    String countSql() {
      return "SELECT o.id FROM " + from + where + " LIMIT 10001";
    }

    Object run(DataSource ds, String sql) {
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            n++;
          }
        }
        return n;
      } catch (Exception e) {
        throw new IllegalStateException(sql, e);
      }
    }

    String explain(DataSource ds, String sql) {
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            b.append("[table ")
                .append(rs.getString("table"))
                .append(", type ")
                .append(rs.getString("type"))
                .append(", key ")
                .append(rs.getString("key"))
                .append(", rows ")
                .append(rs.getString("rows"))
                .append(", extra ")
                .append(rs.getString("Extra"))
                .append("] ");
          }
        }
        return b.toString();
      } catch (Exception e) {
        return "n/a: " + e.getMessage();
      }
    }

    private static void in(StringBuilder w, List<Object> p, String column, List<?> values) {
      if (!values.isEmpty()) {
        w.append(" AND ").append(column).append(" IN (").append("?,".repeat(values.size()));
        w.setLength(w.length() - 1);
        w.append(")");
        p.addAll(values);
      }
    }

    private static void range(
        StringBuilder w, List<Object> p, String column, LocalDate from, LocalDate to) {
      if (from != null) {
        w.append(" AND ").append(column).append(" >= ?");
        p.add(java.sql.Timestamp.valueOf(from.atStartOfDay()));
      }
      if (to != null) {
        w.append(" AND ").append(column).append(" < ?");
        p.add(java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
      }
    }
  }
}
