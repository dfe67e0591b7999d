package com.orderpool.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.PageKey;
import com.orderpool.orders.boundary.PoolFilter;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.ProvisionRequest;
import com.orderpool.support.Codes;
import com.orderpool.support.Deployments;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark (mvn verify -Pbench): the order pool's lazy-model calls (page load and count) at one
 * million orders in one tenant, per scenario, next to the raw SQL time of the same query. Writes
 * target/bench/order-pool.md.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPoolBench {
  private static final int ORDERS = 1_000_000;
  private static final int RUNS = 30;

  @Deployment
  static WebArchive deployment() {
    return Deployments.war().addClass(BulkOrderLoader.class);
  }

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject StatusSettings statuses;
  @Inject TenantRunner runner;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource ds;

  private record Scenario(String name, PoolFilter filter, int first, boolean keyset) {
    Scenario(String name, PoolFilter filter, int first) {
      this(name, filter, first, false);
    }
  }

  @Test
  void orderPoolAtOneMillion() throws Exception {
    String code = Codes.fresh();
    console.provision(new ProvisionRequest("Big " + code, code, Codes.email(code, "big")));
    String schema = "tenant_" + code.toLowerCase();
    double loadSeconds = BulkOrderLoader.load(ds, schema, code, ORDERS);
    long sewing =
        runner.call(code, () -> statuses.list()).stream()
            .filter(s -> s.getCode().equals("sewing"))
            .mapToLong(OrderStatus::getId)
            .findFirst()
            .orElseThrow();

    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(new Scenario("first page (default: not cancelled)", new PoolFilter(), 0));
    scenarios.add(new Scenario("next page", new PoolFilter(), 25));
    scenarios.add(
        new Scenario("deep page by offset (jump to row 500,000)", new PoolFilter(), 500_000));
    scenarios.add(
        new Scenario(
            "deep page by keyset (next page after row 500,000)", new PoolFilter(), 500_000, true));
    PoolFilter f;
    f = new PoolFilter();
    f.setStatusIds(List.of(sewing));
    scenarios.add(new Scenario("status = Sewing Department", f, 0));
    f = new PoolFilter();
    f.setPhases(List.of(Phase.IN_PRODUCTION));
    f.setPaymentStatuses(List.of(PaymentStatus.PAID));
    scenarios.add(new Scenario("phase In Production + paid", f, 0));
    f = new PoolFilter();
    f.setPaymentStatuses(List.of(PaymentStatus.UNPAID));
    scenarios.add(new Scenario("payment = unpaid", f, 0));
    f = new PoolFilter();
    f.setTypes(List.of(OrderType.BULK));
    f.setChannels(List.of(Channel.API));
    scenarios.add(new Scenario("type BULK + channel API", f, 0));
    f = new PoolFilter();
    f.setModel("Chelsea");
    scenarios.add(new Scenario("model = Chelsea", f, 0));
    f = new PoolFilter();
    f.setCreatedFrom(LocalDate.of(2025, 3, 1));
    f.setCreatedTo(LocalDate.of(2025, 3, 31));
    scenarios.add(new Scenario("created in March 2025", f, 0));
    f = new PoolFilter();
    f.setWipFrom(LocalDate.of(2025, 6, 1));
    f.setWipTo(LocalDate.of(2025, 6, 7));
    f.setPhases(List.of(Phase.IN_PRODUCTION, Phase.SHIPPED));
    scenarios.add(new Scenario("WIP start in a week + phases", f, 0));
    scenarios.add(
        new Scenario("search customer prefix", new PoolFilter().withSearch("Customer 1234"), 0));
    scenarios.add(
        new Scenario("search order number", new PoolFilter().withSearch("612345-" + code), 0));
    f = new PoolFilter();
    f.setIncludeCancelled(true);
    f.setStatusIds(List.of(sewing));
    f.setTypes(List.of(OrderType.MTO));
    scenarios.add(new Scenario("show cancelled + status + MTO", f, 0));

    Path out =
        Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "order-pool.md");
    StringBuilder md = new StringBuilder();
    md.append(
        String.format("Loaded %,d orders in %.1f s (JDBC batches).%n%n", ORDERS, loadSeconds));
    md.append(
        "| scenario | rows | load p50 | load p95 | count p50 | count p95 | raw SQL load p95 | raw SQL count p95 | ORM/raw (load) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder sqls = new StringBuilder();
    boolean allWithinTarget = true;
    for (Scenario s : scenarios) {
      PageRequest page = new PageRequest(s.first(), 25, null, false, null);
      int[] rows = new int[1];
      RawSql raw = RawSql.of(s.filter(), schema);
      PageKey key = s.keyset() ? raw.keyAt(ds, s.first()) : null;
      double[] load =
          time(
              () ->
                  rows[0] =
                      runner
                          .call(
                              code,
                              () ->
                                  s.keyset()
                                      ? orders.listAfter(s.filter(), key, 25)
                                      : orders.list(s.filter(), page))
                          .size());
      long[] count = new long[1];
      double[] cnt = time(() -> count[0] = runner.call(code, () -> orders.count(s.filter())));
      String pageSql = s.keyset() ? raw.keysetSql(key) : raw.pageSql(s.first(), 25);
      double[] rawLoad = time(() -> raw.run(ds, pageSql));
      double[] rawCount = time(() -> raw.run(ds, raw.countSql()));
      md.append(
          String.format(
              "| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f× |%n",
              s.name(),
              count[0] > 10_000 ? "10,000+" : Long.toString(count[0]),
              p(load, 50),
              p(load, 95),
              p(cnt, 50),
              p(cnt, 95),
              p(rawLoad, 95),
              p(rawCount, 95),
              p(load, 95) / Math.max(0.01, p(rawLoad, 95))));
      allWithinTarget &= p(load, 95) <= 100 && p(cnt, 95) <= 100;
      Files.createDirectories(out.getParent());
      Files.writeString(out, md.toString() + "\n(in progress)\n");
      sqls.append("### ")
          .append(s.name())
          .append("\n\n```sql\n")
          .append(pageSql)
          .append("\n```\n\nEXPLAIN: ")
          .append(raw.explain(ds, pageSql))
          .append("\n\n");
    }
    md.append(
        String.format(
            "%nAll scenarios within p95 ≤ 100 ms (load and count): %s%n%n", allWithinTarget));
    md.append("## SQL and plans\n\n").append(sqls);
    Files.writeString(out, md.toString());
    assertTrue(md.length() > 0);
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
