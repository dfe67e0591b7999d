package com.orderpool.orders;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Benchmark data: inserts many orders into one tenant schema with plain JDBC batches, with a
 * realistic spread of statuses, payment states, models, channels, customers and dates over three
 * years. Test code only; the app never names a schema in SQL.
 */
public final class BulkOrderLoader {
  private static final String[] MODELS = {
    "Oxford",
    "Derby",
    "Chelsea",
    "Loafer",
    "Monk",
    "Brogue",
    "Chukka",
    "Sneaker",
    "Mule",
    "Boot",
    "Espadrille",
    "Sandal",
    "Moccasin",
    "Jodhpur",
    "Balmoral",
    "Wingtip",
    "Slipper",
    "Trainer",
    "Court",
    "Ballet",
    "Clog",
    "Wellington",
    "Hiker",
    "Runner",
    "Pump",
    "Oxford Plain",
    "Derby Split",
    "Tassel",
    "Penny",
    "Desert",
    "Harness",
    "Engineer",
    "Western",
    "Biker",
    "Combat",
    "Platform",
    "Wedge",
    "Ankle",
    "Knee",
    "Thigh"
  };

  private record Status(long id, String phase, int order) {}

  private BulkOrderLoader() {}

  /** Loads {@code count} orders into {@code schema}; returns the seconds it took. */
  public static double load(DataSource ds, String schema, String companyCode, int count)
      throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      List<Status> statuses = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT id, phase, display_order FROM `"
                      + schema
                      + "`.order_status ORDER BY display_order")) {
        while (rs.next()) {
          statuses.add(new Status(rs.getLong(1), rs.getString(2), rs.getInt(3)));
        }
      }
      String sql =
          "INSERT INTO `"
              + schema
              + "`.customer_order (order_number, seq, order_type, channel, model, quantity, customer_name,"
              + " customer_email, phase, status_id, payment_status, currency, manufacturing_cost, vat_rate,"
              + " vat_amount, total, amount_paid, paid_at, wip_start_at, shipped_at, created_at, created_by)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
      SplittableRandom r = new SplittableRandom(42);
      Instant end = Instant.parse("2026-11-01T00:00:00Z");
      long span = Duration.ofDays(3 * 365).toSeconds();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < count; i++) {
          long seq = 100_000L + i;
          Instant created = end.minusSeconds(span - (span * i / count) - r.nextInt(600));
          Status st = pick(statuses, r);
          boolean bulk = r.nextInt(10) == 0;
          BigDecimal net = BigDecimal.valueOf(80 + r.nextInt(400) * (bulk ? 20 : 1), 0);
          BigDecimal vat = net.multiply(BigDecimal.valueOf(21)).movePointLeft(2);
          boolean paid = !st.phase().equals("PENDING_PAYMENT");
          boolean inProduction = st.order() >= 30 && !st.phase().equals("CANCELLED");
          int customer = r.nextInt(50_000);
          ps.setString(1, seq + "-" + companyCode);
          ps.setLong(2, seq);
          ps.setString(3, bulk ? "BULK" : "MTO");
          ps.setString(4, r.nextInt(10) < 7 ? "BACKOFFICE" : r.nextInt(2) == 0 ? "API" : "CSV");
          ps.setString(5, MODELS[r.nextInt(MODELS.length)]);
          ps.setInt(6, bulk ? 10 + r.nextInt(41) : 1);
          ps.setString(7, "Customer " + customer);
          ps.setString(8, "customer" + customer + "@example.test");
          ps.setString(9, st.phase());
          ps.setLong(10, st.id());
          ps.setString(11, paid ? "PAID" : "UNPAID");
          ps.setString(12, "EUR");
          ps.setBigDecimal(13, net);
          ps.setBigDecimal(14, BigDecimal.valueOf(21));
          ps.setBigDecimal(15, vat);
          ps.setBigDecimal(16, net.add(vat));
          ps.setBigDecimal(17, paid ? net.add(vat) : BigDecimal.ZERO);
          ps.setTimestamp(18, paid ? Timestamp.from(created.plusSeconds(3600)) : null);
          Instant wip = inProduction ? created.plusSeconds(86_400L * (1 + r.nextInt(5))) : null;
          ps.setTimestamp(19, wip == null ? null : Timestamp.from(wip));
          boolean shipped = st.phase().equals("SHIPPED") || st.phase().equals("COMPLETED");
          ps.setTimestamp(
              20, shipped && wip != null ? Timestamp.from(wip.plusSeconds(86_400L * 12)) : null);
          ps.setTimestamp(21, Timestamp.from(created));
          ps.setString(22, "loader");
          ps.addBatch();
          if ((i + 1) % 2_000 == 0) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
        c.commit();
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE `"
                + schema
                + "`.sequence_counter SET next_value = "
                + (100_000L + count)
                + " WHERE name = 'order'");
        c.commit();
        s.execute("ANALYZE TABLE `" + schema + "`.customer_order");
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /**
   * 10 % pending, 3 % on hold, 55 % across production stages, 20 % shipped, 8 % completed, 4 %
   * cancelled.
   */
  private static Status pick(List<Status> statuses, SplittableRandom r) {
    int x = r.nextInt(100);
    String phase =
        x < 10
            ? "PENDING_PAYMENT"
            : x < 13
                ? "ON_HOLD"
                : x < 68
                    ? "IN_PRODUCTION"
                    : x < 88 ? "SHIPPED" : x < 96 ? "COMPLETED" : "CANCELLED";
    List<Status> of = statuses.stream().filter(s -> s.phase().equals(phase)).toList();
    return of.get(r.nextInt(of.size()));
  }
}
