package com.orderpool.stores;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.stores.boundary.StoreSettings;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Store imports against a local WooCommerce v3 stand-in ({@link WooStore}, the orders of {@code
 * woo/orders.json}, two a page): all orders, a date range, ids, duplicates on a second import,
 * error answers, and another tenant that sees none of it.
 */
class StoreImportIT extends InContainer {
  static final String KEY = "ck_0123456789abcdef0123456789abcdef0123abcd";
  static final String SECRET = "cs_fedcba9876543210fedcba9876543210fedcWXYZ";

  @Inject PlatformConsole console;
  @Inject StoreSettings store;
  @Inject Imports imports;
  @Inject OrderService orders;
  @Inject TenantRunner runner;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  <T> T in(String code, Supplier<T> work) {
    return runner.call(code, work::get);
  }

  String connected(WooStore woo) {
    String code = Codes.newTenant(console);
    in(code, () -> store.save(woo.url(), KEY, SECRET, true));
    return code;
  }

  ImportJob finished(String code, ImportJob queued) {
    long end = System.nanoTime() + 60_000_000_000L;
    while (true) {
      ImportJob j = in(code, () -> imports.job(queued.getId()));
      if (j.getStatus().isFinished()) {
        return j;
      }
      assertTrue(System.nanoTime() < end, "import still " + j.getStatus());
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The tenant's imported orders by their external reference (the store's order id). */
  Map<String, Order> imported(String code) {
    Map<String, Order> out = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT order_number FROM `"
                    + TenantSchema.of(code)
                    + "`.customer_order WHERE channel = 'IMPORT'");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String number = rs.getString(1);
        Order o = in(code, () -> orders.getByNumber(number));
        out.put(o.getExternalReference(), o);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  String errors(String code, ImportJob job) {
    return in(code, () -> imports.errors(job.getId())).stream()
        .map(e -> e.getExternalReference() + " " + e.getField() + ": " + e.getMessage())
        .toList()
        .toString();
  }

  @Test
  void importAllCreatesTheOrdersWholeAndASecondImportCreatesNone() {
    try (WooStore woo = new WooStore(2)) {
      String code = connected(woo);
      StoreSettings.View view = in(code, store::view);
      assertEquals("abcd", view.keyEnd());
      assertEquals("WXYZ", view.secretEnd());
      assertFalse(view.toString().contains(SECRET), "the secret is never shown back");
      StoreSettings.TestResult test = in(code, store::test);
      assertTrue(test.ok(), test::toString);
      assertEquals(5L, ((Number) test.args()[0]).longValue());

      ImportJob job = finished(code, in(code, () -> store.importAll(Locale.ENGLISH)));
      assertEquals(ImportJob.Status.DONE, job.getStatus(), job::getErrorText);
      assertEquals(3, job.getCreatedCount(), () -> errors(code, job));
      assertEquals(2, job.getRejectedCount(), "the cancelled one and the one in dollars");
      assertEquals(ImportJob.Source.STORE, job.getSource());
      assertEquals(100, job.percent());

      Map<String, Order> placed = imported(code);
      assertEquals(List.of("1041", "1042", "1043"), List.copyOf(placed.keySet()));
      Order ana = placed.get("1041");
      assertEquals(Channel.IMPORT, ana.getChannel());
      assertEquals(OrderType.MTO, ana.getType());
      assertEquals("Ana Ruiz", ana.getCustomerName());
      assertEquals("ana@customer.example", ana.getCustomerEmail());
      assertEquals("es", ana.getCustomerLanguage());
      assertEquals("Calle Mayor 1", ana.getBilling().getLine1());
      assertEquals("28001", ana.getBilling().getPostalCode());
      assertEquals("ES", ana.getBilling().getCountry());
      assertEquals(new BigDecimal("6.50"), ana.getShippingCost());
      assertEquals(new BigDecimal("100.00"), ana.getLines().get(0).getUnitPrice());
      assertEquals("Size: 38", ana.getLines().get(0).getPersonalisation());

      Order tom = placed.get("1042");
      assertEquals(OrderType.BULK, tom.getType());
      List<OrderLine> lines = tom.getLines();
      assertEquals(2, lines.size(), "the whole order");
      assertEquals("CHL-41", lines.get(0).getSku());
      assertEquals(2, lines.get(0).getQuantity());
      assertEquals(new BigDecimal("89.90"), lines.get(0).getUnitPrice());
      assertEquals("KIT-1", lines.get(1).getSku());
      assertEquals(3, lines.get(1).getQuantity());
      assertEquals(new BigDecimal("13.75"), lines.get(1).getUnitPrice());
      assertEquals("Liverpool", tom.getShipping().getCity());
      assertEquals("London", tom.getBilling().getCity());
      assertEquals(new BigDecimal("16.53"), placed.get("1043").getLines().get(0).getUnitPrice());

      List<ImportError> bad = in(code, () -> imports.errors(job.getId()));
      assertTrue(
          bad.stream()
              .anyMatch(
                  e ->
                      e.getExternalReference().equals("1044")
                          && e.getMessage().contains("cancelled")),
          bad::toString);
      assertTrue(
          bad.stream()
              .anyMatch(
                  e -> e.getExternalReference().equals("1045") && e.getMessage().contains("USD")),
          bad::toString);

      WooStore.Request first = woo.requests().get(woo.requests().size() - 1);
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
      assertEquals(basic, first.authorization());
      assertEquals("100", first.query().get("per_page"));
      assertEquals("3", first.query().get("page"), "X-WP-TotalPages followed: 5 orders, 2 a page");

      ImportJob again = finished(code, in(code, () -> store.importAll(Locale.ENGLISH)));
      assertEquals(0, again.getCreatedCount());
      assertEquals(3, again.getDuplicateCount());
      assertEquals(3, imported(code).size(), "no order twice");
      assertNotNull(in(code, store::view).lastImportAt());
    }
  }

  @Test
  void aDateRangeAndIdsImportOnlyThoseOrders() {
    try (WooStore woo = new WooStore(2)) {
      String code = connected(woo);
      ImportJob range =
          finished(
              code,
              in(
                  code,
                  () ->
                      store.importRange(
                          LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 15), Locale.ENGLISH)));
      assertEquals(1, range.getCreatedCount(), () -> errors(code, range));
      assertEquals(0, range.getRejectedCount());
      assertEquals(List.of("1042"), List.copyOf(imported(code).keySet()));
      WooStore.Request asked = woo.requests().get(woo.requests().size() - 1);
      assertEquals("2026-11-04T23:59:59", asked.query().get("after"));
      assertEquals("2026-11-16T00:00:00", asked.query().get("before"));

      ImportJob ids = finished(code, in(code, () -> store.importIds("1041, 1043", Locale.ENGLISH)));
      assertEquals(2, ids.getCreatedCount(), () -> errors(code, ids));
      assertEquals(
          "1041,1043", woo.requests().get(woo.requests().size() - 1).query().get("include"));
      assertEquals(List.of("1041", "1042", "1043"), List.copyOf(imported(code).keySet()));

      BusinessException notAnId =
          assertInstanceOf(
              BusinessException.class,
              unwrap(
                  assertThrows(
                      Exception.class, () -> in(code, () -> store.importIds("12, x", null)))));
      assertEquals("store.import.ids.invalid", notAnId.messageKey());
    }
  }

  @Test
  void aStoreAnsweringWithAnErrorFailsTheJobWithItsReason() {
    try (WooStore woo = new WooStore(2)) {
      String code = connected(woo);
      Map<Integer, String> reasons =
          Map.of(401, "store.refused", 404, "store.notFound", 500, "store.status");
      for (Map.Entry<Integer, String> e : reasons.entrySet()) {
        woo.failure = page -> new WooStore.Answer(e.getKey(), "{\"code\":\"woocommerce_rest\"}");
        ImportJob job = finished(code, in(code, () -> store.importAll(Locale.ENGLISH)));
        assertEquals(ImportJob.Status.FAILED, job.getStatus());
        assertEquals(e.getValue(), job.getErrorKey());
        assertTrue(
            job.getErrorKey().equals("store.notFound")
                || job.getErrorText().contains("" + e.getKey()),
            job::getErrorText);
      }
      woo.failure = page -> new WooStore.Answer(401, "");
      StoreSettings.TestResult test = in(code, store::test);
      assertFalse(test.ok());
      assertEquals("store.refused", test.key());

      woo.failure = page -> new WooStore.Answer(200, "<html><body>Maintenance</body></html>");
      ImportJob garbage = finished(code, in(code, () -> store.importAll(Locale.ENGLISH)));
      assertEquals(ImportJob.Status.FAILED, garbage.getStatus());
      assertEquals("store.garbage", garbage.getErrorKey());
      assertTrue(imported(code).isEmpty(), "nothing imported");

      // page 2 fails: the orders of page 1 are in, each whole; a new import finishes the rest
      woo.failure = page -> page == 2 ? new WooStore.Answer(500, "oops") : null;
      ImportJob half = finished(code, in(code, () -> store.importAll(Locale.ENGLISH)));
      assertEquals(ImportJob.Status.FAILED, half.getStatus());
      assertEquals("store.status", half.getErrorKey());
      Map<String, Order> placed = imported(code);
      assertEquals(List.of("1041", "1042"), List.copyOf(placed.keySet()));
      assertEquals(2, placed.get("1042").getLines().size());
      woo.failure = page -> null;
      ImportJob rest = finished(code, in(code, () -> store.importAll(Locale.ENGLISH)));
      assertEquals(1, rest.getCreatedCount());
      assertEquals(2, rest.getDuplicateCount());
    }
  }

  @Test
  void anotherTenantSeesNeitherTheConnectionNorTheImportedOrders() {
    try (WooStore woo = new WooStore(100)) {
      String a = connected(woo);
      ImportJob job = finished(a, in(a, () -> store.importAll(Locale.ENGLISH)));
      assertEquals(3, job.getCreatedCount(), () -> errors(a, job));
      String number = imported(a).get("1041").getNumber();

      String b = Codes.newTenant(console);
      assertFalse(in(b, store::view).connected());
      assertInstanceOf(
          NotFoundException.class, unwrap(assertThrows(Exception.class, () -> in(b, store::test))));
      assertInstanceOf(
          NotFoundException.class,
          unwrap(
              assertThrows(Exception.class, () -> in(b, () -> store.importAll(Locale.ENGLISH)))));
      assertInstanceOf(
          NotFoundException.class,
          unwrap(assertThrows(Exception.class, () -> in(b, () -> orders.getByNumber(number)))));
      assertInstanceOf(
          NotFoundException.class,
          unwrap(assertThrows(Exception.class, () -> in(b, () -> imports.job(job.getId())))));
      assertTrue(imported(b).isEmpty());
    }
  }

  @Test
  void aConnectionIsCheckedOnSaveAndRemovedWholly() {
    try (WooStore woo = new WooStore(2)) {
      String code = Codes.newTenant(console);
      BusinessException noSecret =
          assertInstanceOf(
              BusinessException.class,
              unwrap(
                  assertThrows(
                      Exception.class,
                      () -> in(code, () -> store.save(woo.url(), KEY, " ", true)))));
      assertEquals("store.secret.required", noSecret.messageKey());
      BusinessException ftp =
          assertInstanceOf(
              BusinessException.class,
              unwrap(
                  assertThrows(
                      Exception.class,
                      () ->
                          in(
                              code,
                              () -> store.save("ftp://shop.example.com", KEY, SECRET, true)))));
      assertEquals("store.url.invalid", ftp.messageKey());

      in(code, () -> store.save(woo.url() + "/", KEY, SECRET, true));
      // a blank key and secret keep the stored ones; switching imports off refuses them
      StoreSettings.View off = in(code, () -> store.save(woo.url(), "", null, false));
      assertEquals("abcd", off.keyEnd());
      assertEquals(woo.url(), off.url());
      assertEquals(
          "store.disabled",
          assertInstanceOf(
                  BusinessException.class,
                  unwrap(
                      assertThrows(
                          Exception.class, () -> in(code, () -> store.importAll(Locale.ENGLISH)))))
              .messageKey());
      in(
          code,
          () -> {
            store.remove();
            return null;
          });
      assertFalse(in(code, store::view).connected());
    }
  }
}
