package com.orderpool.api;

import com.orderpool.support.HttpLoad;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The raw JDBC baseline of {@link ApiIntakeBench}: the rows one {@code POST /api/v1/orders} writes,
 * written by hand into another tenant's schema, one transaction per order (autocommit off, one
 * commit), on the app's own data source (same MariaDB, same pool, READ COMMITTED, same server-side
 * durability settings). Per order, in the API's order:
 *
 * <ol>
 *   <li>{@code api_idempotency}: INSERT of the key's claim (status, body and location empty), as
 *       {@code Idempotency.claim} does before the order is placed (only when the bench sends an
 *       Idempotency-Key, its default);
 *   <li>{@code sequence_counter}: {@code SELECT … FOR UPDATE} of the {@code order} row, then UPDATE
 *       of its next value (the lock is held to the commit, as {@code SequenceCounters.draw});
 *   <li>{@code customer}: SELECT by e-mail, then INSERT (every bench order is a new customer);
 *   <li>{@code customer_order}, one {@code order_line}, one {@code order_history} ("order", created
 *       via api): INSERTs;
 *   <li>{@code outbox}: INSERT of the order confirmation e-mail (status PENDING), the tenant's
 *       default;
 *   <li>{@code api_idempotency}: UPDATE with the stored answer (201, the order's JSON, Location);
 *   <li>COMMIT.
 * </ol>
 *
 * The column values are those of a real API order of the bench (read back from its schema as
 * templates, every column but {@code id} and {@code updated_at}), with the order's own number, seq,
 * times, customer, external reference and keys, so the rows are the same width (the e-mail's HTML
 * and text bodies, the stored JSON answer). No {@code webhook_delivery} row: the intake bench's
 * tenants have no webhook endpoint, so the API writes none either ({@link
 * com.orderpool.webhooks.WebhookRelayBench} measures the webhook path).
 *
 * <p>What the API does that this does not: HTTP and JSON parsing, bean validation, the key's
 * authentication (a platform-schema read, and an UPDATE of its last use at most once a minute), the
 * rate limiter, the idempotency replay lookup before the work, the external-reference uniqueness
 * query, the status machine and settings reads (mostly cached), the enabled-webhook-endpoints
 * query, rendering the confirmation e-mail from its template, reading the order back with its lines
 * for the answer, and the JSON answer. It also inserts every mapped column (with NULLs) where this
 * leaves unset columns to their defaults.
 */
final class RawIntake {
  private final DataSource ds;
  private final String schema;
  private final String code;
  private final boolean idempotency;
  private final Map<String, Map<String, Object>> templates = new HashMap<>();
  private final Map<String, Object> answer = new HashMap<>();
  private final long statusId;

  /**
   * Reads the templates from the newest API order in {@code apiSchema}; rows go to tenant {@code
   * code}'s schema {@code schema}.
   */
  RawIntake(DataSource ds, String apiSchema, String schema, String code, boolean idempotency)
      throws SQLException {
    this.ds = ds;
    this.schema = schema;
    this.code = code;
    this.idempotency = idempotency;
    try (Connection c = ds.getConnection()) {
      Map<String, Object> order =
          row(c, apiSchema, "customer_order", "channel = 'API' ORDER BY id DESC");
      long orderId = ((Number) order.get("id")).longValue();
      templates.put("customer_order", order);
      templates.put("customer", row(c, apiSchema, "customer", "id = " + order.get("customer_id")));
      templates.put("order_line", row(c, apiSchema, "order_line", "order_id = " + orderId));
      templates.put("order_history", row(c, apiSchema, "order_history", "order_id = " + orderId));
      templates.put("outbox", row(c, apiSchema, "outbox", "order_id = " + orderId));
      if (idempotency) {
        Map<String, Object> idem =
            row(c, apiSchema, "api_idempotency", "status = 201 ORDER BY created_at DESC");
        answer.put("status", idem.get("status"));
        answer.put("body", idem.get("body"));
        answer.put("location", idem.get("location"));
        idem.put("status", null);
        idem.put("body", null);
        idem.put("location", null);
        templates.put("api_idempotency", idem);
      }
      Object status =
          single(
              c,
              "SELECT code FROM `" + apiSchema + "`.order_status WHERE id = ?",
              order.get("status_id"));
      statusId =
          ((Number)
                  single(c, "SELECT id FROM `" + schema + "`.order_status WHERE code = ?", status))
              .longValue();
    }
    templates.values().forEach(t -> t.keySet().removeAll(List.of("id", "updated_at")));
  }

  /** The rows one order writes, per table, for the output. */
  static String rowsWritten(boolean idempotency) {
    return (idempotency ? "api_idempotency INSERT + UPDATE, " : "")
        + "sequence_counter SELECT … FOR UPDATE + UPDATE, customer SELECT + INSERT, customer_order,"
        + " order_line, order_history and outbox (confirmation e-mail) INSERTs, one COMMIT";
  }

  /** Writes orders from {@code threads} threads (one connection each) for {@code time}. */
  HttpLoad.Result run(int threads, Duration time, String tag) {
    AtomicReference<String> firstError = new AtomicReference<>();
    long[][] nanos = new long[threads][];
    long[] errors = new long[threads];
    List<Thread> all = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    for (int t = 0; t < threads; t++) {
      int me = t;
      all.add(
          new Thread(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                try (Connection c = ds.getConnection()) {
                  c.setAutoCommit(false);
                  Writer w = new Writer(c);
                  while (System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    try {
                      w.order(tag + "-" + me + "-" + n);
                      c.commit();
                    } catch (SQLException e) {
                      errors[me]++;
                      firstError.compareAndSet(null, e.toString());
                      c.rollback();
                    }
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - s;
                  }
                } catch (SQLException e) {
                  errors[me]++;
                  firstError.compareAndSet(null, e.toString());
                }
                nanos[me] = Arrays.copyOf(mine, n);
              },
              "raw-intake-" + t));
    }
    all.forEach(Thread::start);
    for (Thread t : all) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] ms =
        Arrays.stream(nanos).flatMapToLong(Arrays::stream).mapToDouble(x -> x / 1e6).toArray();
    Arrays.sort(ms);
    long failed = Arrays.stream(errors).sum();
    Map<Integer, Long> outcomes = new TreeMap<>(Map.of(0, ms.length - failed, -1, failed));
    return new HttpLoad.Result(
        threads, ms.length - failed, failed, seconds, ms, outcomes, firstError.get());
  }

  /** One connection's statements. */
  private final class Writer {
    private final Connection c;
    private final PreparedStatement claim;
    private final PreparedStatement lock;
    private final PreparedStatement bump;
    private final PreparedStatement findCustomer;
    private final PreparedStatement customer;
    private final PreparedStatement order;
    private final PreparedStatement line;
    private final PreparedStatement history;
    private final PreparedStatement mail;
    private final PreparedStatement answered;

    Writer(Connection c) throws SQLException {
      this.c = c;
      claim = idempotency ? insert("api_idempotency", false) : null;
      lock =
          c.prepareStatement(
              "SELECT next_value FROM `"
                  + schema
                  + "`.sequence_counter WHERE name = 'order' FOR UPDATE");
      bump =
          c.prepareStatement(
              "UPDATE `" + schema + "`.sequence_counter SET next_value = ? WHERE name = 'order'");
      findCustomer = c.prepareStatement("SELECT id FROM `" + schema + "`.customer WHERE email = ?");
      customer = insert("customer", true);
      order = insert("customer_order", true);
      line = insert("order_line", false);
      history = insert("order_history", false);
      mail = insert("outbox", false);
      answered =
          idempotency
              ? c.prepareStatement(
                  "UPDATE `"
                      + schema
                      + "`.api_idempotency SET status = ?, body = ?, location = ? WHERE idem_key = ?")
              : null;
    }

    private PreparedStatement insert(String table, boolean keys) throws SQLException {
      List<String> cols = new ArrayList<>(templates.get(table).keySet());
      String sql =
          "INSERT INTO `"
              + schema
              + "`."
              + table
              + " (`"
              + String.join("`, `", cols)
              + "`) VALUES ("
              + String.join(", ", java.util.Collections.nCopies(cols.size(), "?"))
              + ")";
      return keys
          ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
          : c.prepareStatement(sql);
    }

    void order(String ref) throws SQLException {
      Timestamp now = Timestamp.from(Instant.now());
      String key = UUID.randomUUID().toString();
      if (idempotency) {
        write(claim, "api_idempotency", Map.of("idem_key", key, "created_at", now));
      }
      long seq;
      try (ResultSet rs = lock.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
      bump.setLong(1, seq + 1);
      bump.executeUpdate();
      String email = ref.toLowerCase() + "@customer.example";
      findCustomer.setString(1, email);
      try (ResultSet rs = findCustomer.executeQuery()) {
        if (rs.next()) {
          throw new SQLException("customer " + email + " exists already");
        }
      }
      long customerId =
          write(
              customer,
              "customer",
              Map.of("email", email, "created_at", now, "last_order_at", now));
      String number = seq + "-" + code;
      Map<String, Object> o = new HashMap<>();
      o.put("order_number", number);
      o.put("seq", seq);
      o.put("customer_email", email);
      o.put("customer_id", customerId);
      o.put("created_at", now);
      o.put("external_reference", ref);
      o.put("status_id", statusId);
      long orderId = write(order, "customer_order", o);
      write(line, "order_line", Map.of("order_id", orderId));
      write(history, "order_history", Map.of("order_id", orderId, "at", now, "new_value", number));
      Map<String, Object> m = new HashMap<>();
      m.put("message_id", "<" + UUID.randomUUID() + "@orderpool>");
      m.put("recipient", email);
      m.put("order_id", orderId);
      m.put("status", "PENDING");
      m.put("attempts", 0);
      m.put("sent_at", null);
      m.put("last_error", null);
      m.put("version", 0);
      m.put("created_at", now);
      m.put("next_attempt_at", now);
      write(mail, "outbox", m);
      if (idempotency) {
        answered.setObject(1, answer.get("status"));
        answered.setObject(2, answer.get("body"));
        answered.setObject(
            3, String.valueOf(answer.get("location")).replaceAll("\\d+-[A-Z]{3}$", number));
        answered.setString(4, key);
        answered.executeUpdate();
      }
    }

    /** Runs an INSERT with the template's values and these; answers the generated id, if any. */
    private long write(PreparedStatement ps, String table, Map<String, Object> values)
        throws SQLException {
      int i = 1;
      for (Map.Entry<String, Object> e : templates.get(table).entrySet()) {
        ps.setObject(i++, values.containsKey(e.getKey()) ? values.get(e.getKey()) : e.getValue());
      }
      ps.executeUpdate();
      if (ps == customer || ps == order) {
        try (ResultSet k = ps.getGeneratedKeys()) {
          k.next();
          return k.getLong(1);
        }
      }
      return 0;
    }
  }

  /** One row of a table as column → value, in column order. */
  private static Map<String, Object> row(Connection c, String schema, String table, String where)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT * FROM `" + schema + "`." + table + " WHERE " + where + " LIMIT 1")) {
      if (!rs.next()) {
        throw new IllegalStateException("no " + table + " row of an API order in " + schema);
      }
      ResultSetMetaData md = rs.getMetaData();
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        row.put(md.getColumnLabel(i), rs.getObject(i));
      }
      return row;
    }
  }

  private static Object single(Connection c, String sql, Object param) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("nothing for " + sql + " with " + param);
        }
        return rs.getObject(1);
      }
    }
  }
}
