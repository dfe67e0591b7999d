package com.orderpool.imports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.files.ImportFiles;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.control.ImportColumns;
import com.orderpool.imports.control.ImportJobs;
import com.orderpool.imports.control.ImportTimer;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** CSV imports against the real database: whole orders or none, duplicates, refusals, tenants. */
class ImportsIT extends InContainer {
  static final String HEADER =
      "order_reference;type;customer_name;customer_email;billing_name;billing_line1;"
          + "billing_postal_code;billing_city;billing_country;model;sku;description;quantity;"
          + "unit_price\r\n";

  @Inject PlatformConsole console;
  @Inject Imports imports;
  @Inject OrderService orders;
  @Inject TenantRunner runner;
  @Inject ImportFiles files;
  @Inject ImportJobs jobs;
  @Inject ImportTimer timer;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  /** A row of a BULK order (at least 2 pieces); {@link #one} for a single-piece MTO order. */
  static String row(String ref, String email, String sku, String qty, String price) {
    return row(ref, "BULK", email, sku, qty, price);
  }

  static String one(String ref, String email, String sku, String price) {
    return row(ref, "MTO", email, sku, "1", price);
  }

  static String row(String ref, String type, String email, String sku, String qty, String price) {
    return ref
        + ";"
        + type
        + ";Ana Ruiz;"
        + email
        + ";Ana Ruiz;Calle Mayor 1;28001;Madrid;ES;Derby;"
        + sku
        + ";Derby shoe;"
        + qty
        + ";"
        + price
        + "\r\n";
  }

  ImportJob importFile(String code, String name, String csv, Locale language) {
    ImportJob job =
        runner.call(
            code,
            () ->
                imports.upload(
                    name,
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    language));
    return finished(code, job.getId());
  }

  ImportJob finished(String code, long id) {
    long end = System.nanoTime() + 60_000_000_000L;
    while (true) {
      ImportJob j = runner.call(code, () -> imports.job(id));
      if (j.getStatus().isFinished()) {
        return j;
      }
      assertTrue(System.nanoTime() < end, "import " + id + " still " + j.getStatus());
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The tenant's orders that came by CSV, by their reference. */
  Map<String, Order> csvOrders(String code) {
    Map<String, Order> out = new java.util.TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT order_number FROM `"
                    + TenantSchema.of(code)
                    + "`.customer_order WHERE channel = 'CSV'");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String number = rs.getString(1);
        Order o = runner.call(code, () -> orders.getByNumber(number));
        assertEquals(Channel.CSV, o.getChannel());
        out.put(o.getExternalReference(), o);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Test
  void theTemplateImportsAsItIsAndCreatesItsTwoOrders() {
    String code = Codes.newTenant(console);
    ImportJob job = importFile(code, "template.csv", "\uFEFF" + ImportColumns.template(), null);
    assertEquals(ImportJob.Status.DONE, job.getStatus(), () -> job.getErrorText());
    assertEquals(2, job.getCreatedCount(), () -> errors(code, job));
    Map<String, Order> placed = csvOrders(code);
    assertEquals(2, placed.get("shop-1002").getLines().size());
    assertEquals(new BigDecimal("89.90"), placed.get("shop-1002").getLines().get(1).getUnitPrice());
  }

  @Test
  void aBadRowRejectsItsOrderAndNoOtherAndARerunCreatesNoDuplicates() {
    String code = Codes.newTenant(console);
    String csv =
        HEADER
            + row("A-1", "ana@a.example", "DRB-1", "2", "100,50")
            + row("A-1", "", "DRB-2", "1", "5.00")
            + row("B-1", "bea@b.example", "DRB-3", "1", "12.345")
            + row("B-1", "bea@b.example", "DRB-4", "x", "10.00")
            + one("C-1", "not-an-email", "DRB-5", "10.00")
            + row("D-1", "dan@d.example", "DRB-6", "3", "7.00");
    ImportJob job = importFile(code, "week.csv", csv, Locale.ENGLISH);

    assertEquals(ImportJob.Status.DONE, job.getStatus());
    assertEquals(2, job.getCreatedCount(), () -> errors(code, job));
    assertEquals(2, job.getRejectedCount());
    Map<String, Order> placed = csvOrders(code);
    assertEquals(List.of("A-1", "D-1"), placed.keySet().stream().sorted().toList());
    assertEquals(new BigDecimal("100.50"), placed.get("A-1").getLines().get(0).getUnitPrice());
    assertEquals(2, placed.get("A-1").getLines().size(), "the whole order, nothing cut off");

    List<ImportError> bad = runner.call(code, () -> imports.errors(job.getId()));
    Map<String, ImportError> byColumn =
        bad.stream().collect(Collectors.toMap(e -> e.getLine() + ":" + e.getField(), e -> e));
    // B-1: a price with three decimals is refused, never rounded; a quantity that is no number
    assertTrue(byColumn.containsKey("4:unit_price"), bad::toString);
    assertTrue(byColumn.containsKey("5:quantity"), bad::toString);
    assertTrue(byColumn.containsKey("6:customer_email"), bad::toString);
    assertEquals("B-1", byColumn.get("4:unit_price").getExternalReference());

    ImportJob again = importFile(code, "week.csv", csv, Locale.ENGLISH);
    assertEquals(0, again.getCreatedCount());
    assertEquals(2, again.getDuplicateCount());
    assertEquals(2, again.getRejectedCount());
    assertEquals(2, csvOrders(code).size(), "no order twice");
    List<ImportedOrder> outcomes = runner.call(code, () -> imports.orders(again.getId()));
    assertEquals(
        placed.get("A-1").getNumber(),
        outcomes.stream()
            .filter(o -> o.getExternalReference().equals("A-1"))
            .findFirst()
            .orElseThrow()
            .getOrderNumber());
  }

  @Test
  void rowsOfAnOrderThatDoNotFollowEachOtherRejectItWholeInTheSendersLanguage() {
    String code = Codes.newTenant(console);
    String csv =
        HEADER
            + one("A-1", "ana@a.example", "DRB-1", "10.00")
            + one("B-1", "bea@b.example", "DRB-2", "10.00")
            + one("A-1", "ana@a.example", "DRB-3", "10.00")
            + ";BULK;Sin Referencia;s@r.example;;;;;;Derby;DRB-9;x;1;1.00\r\n";
    ImportJob job = importFile(code, "mixed.csv", csv, Locale.forLanguageTag("es"));
    assertEquals(1, job.getCreatedCount());
    assertEquals(1, job.getRejectedCount());
    assertEquals(List.of("B-1"), List.copyOf(csvOrders(code).keySet()));
    List<ImportError> bad = runner.call(code, () -> imports.errors(job.getId()));
    assertEquals(2, bad.size(), bad::toString);
    assertTrue(bad.get(0).getMessage().contains("no van seguidas"), bad.get(0).getMessage());
    assertEquals(5, bad.get(1).getLine());
    assertTrue(bad.get(1).getMessage().startsWith("Esta fila no tiene"), bad.get(1).getMessage());
  }

  @Test
  void aFileWithAWrongHeaderIsRefusedAtOnceAndKeepsNothing() {
    String code = Codes.newTenant(console);
    String csv = "order_reference,customer_name,sku,colour\r\nA-1,Ana,DRB-1,red\r\n";
    BusinessException e =
        assertInstanceOf(
            BusinessException.class,
            unwrap(assertThrows(Exception.class, () -> importFile(code, "bad.csv", csv, null))));
    assertEquals("imports.header.missing", e.messageKey());
    assertEquals(0, runner.call(code, imports::recent).size(), "no job for a refused file");
    BusinessException empty =
        assertInstanceOf(
            BusinessException.class,
            unwrap(assertThrows(Exception.class, () -> importFile(code, "empty.csv", "", null))));
    assertEquals("imports.file.empty", empty.messageKey());
  }

  @Test
  void anotherTenantNeitherSeesNorReadsAnImport() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    ImportJob job =
        importFile(a, "a.csv", HEADER + one("A-1", "ana@a.example", "DRB-1", "10.00"), null);
    assertEquals(1, job.getCreatedCount());
    assertTrue(runner.call(b, imports::recent).isEmpty());
    for (Runnable peek :
        List.<Runnable>of(
            () -> runner.call(b, () -> imports.job(job.getId())),
            () -> runner.call(b, () -> imports.errors(job.getId())),
            () -> runner.call(b, () -> imports.orders(job.getId())))) {
      assertInstanceOf(NotFoundException.class, unwrap(assertThrows(Exception.class, peek::run)));
    }
    assertTrue(csvOrders(b).isEmpty(), "nothing imported into the other tenant");
  }

  @Test
  void aJobWhoseNodeStoppedMidFileRunsAgainAndCreatesNoOrderTwice() throws SQLException {
    String code = Codes.newTenant(console);
    String csv =
        HEADER
            + one("X-1", "x1@x.example", "DRB-1", "10.00")
            + one("X-2", "x2@x.example", "DRB-2", "10.00")
            + one("X-3", "x3@x.example", "DRB-3", "10.00");
    ImportFiles.Kept kept =
        files.receive(
            code, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1 << 20);
    // what a node leaves when it dies after its first order: the job running with an old
    // heartbeat, the first order placed and recorded, the others not
    String first =
        runner.call(
            code,
            () -> {
              NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ana Ruiz", "x1@x.example");
              cmd.setExternalReference("X-1");
              cmd.setLines(
                  new java.util.ArrayList<>(
                      List.of(
                          new com.orderpool.orders.boundary.LineInput(
                              "DRB-1", "Derby shoe", 1, new BigDecimal("10.00")))));
              return orders.place(cmd, Channel.CSV, null).getNumber();
            });
    long jobId;
    String t = "`" + TenantSchema.of(code) + "`.";
    Timestamp before = Timestamp.from(java.time.Instant.now().minusSeconds(600));
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + t
                  + "import_job (source, file_name, file_key, size_bytes, status, language,"
                  + " created_by, created_at, started_at, heartbeat_at)"
                  + " VALUES ('UPLOAD', 'crash.csv', ?, ?, 'RUNNING', 'en', 'test', ?, ?, ?)",
              java.sql.Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, kept.key());
        s.setLong(2, kept.size());
        s.setTimestamp(3, before);
        s.setTimestamp(4, before);
        s.setTimestamp(5, before);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          jobId = keys.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + t
                  + "import_order (job_id, external_reference, first_line, outcome, order_number)"
                  + " VALUES (?, 'X-1', 2, 'CREATED', ?)")) {
        s.setLong(1, jobId);
        s.setString(2, first);
        s.executeUpdate();
      }
    }

    assertTrue(runner.call(code, jobs::tidy), "the stopped node's job is queued again");
    timer.kick(code);
    ImportJob done = finished(code, jobId);

    assertEquals(3, done.getCreatedCount(), () -> errors(code, done));
    assertEquals(0, done.getDuplicateCount());
    assertEquals(List.of("X-1", "X-2", "X-3"), List.copyOf(csvOrders(code).keySet()));
    assertEquals(first, csvOrders(code).get("X-1").getNumber());
  }

  private String errors(String code, ImportJob job) {
    return runner.call(code, () -> imports.errors(job.getId())).stream()
        .map(e -> e.getLine() + " " + e.getField() + " " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
