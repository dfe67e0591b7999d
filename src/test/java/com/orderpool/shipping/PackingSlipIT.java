package com.orderpool.shipping;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.Address;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.reports.PdfBarcode;
import com.orderpool.reports.PdfText;
import com.orderpool.reports.boundary.ReportDesignService;
import com.orderpool.reports.control.DesignInvalidException;
import com.orderpool.reports.control.ReportDesigns.Origin;
import com.orderpool.shipping.boundary.PackingSlips;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Packing slips: a shipment's slip lists the pieces it carries with the shipping address, method,
 * parcels and tracking, shows no price, and prints the order number as a Code 128 barcode that
 * reads back (the page is rendered and decoded); a group shipment gives each order its slip; the
 * slips of selected orders come as one file with one page per order; a tenant's own design is
 * checked before use; another tenant gets 404.
 */
class PackingSlipIT extends InContainer {
  static final String PASSWORD = "slip password 1";

  @Inject PlatformConsole console;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject PackingSlips slips;
  @Inject GroupInvoicing groups;
  @Inject GroupDirectory directory;
  @Inject ReportDesignService designs;
  @Inject TenantRunner runner;
  @Inject HttpServletRequest request;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
  }

  /** A BULK order of 10: six black shoes at 123.45 and four tan boots at 98.76. */
  private Order bulk(String code, String who, String language) {
    NewOrder cmd = TestOrders.of(OrderType.BULK, "Derby", 10, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new ArrayList<>(
            List.of(
                new LineInput("DRB-38", "Derby shoe, black, size 38", 6, new BigDecimal("123.45")),
                new LineInput("DRB-41", "Derby boot, tan, size 41", 4, new BigDecimal("98.76")))));
    cmd.setShipping(new Address("Marta Ruiz", "Calle de Alcalá 50", "28014", "Madrid", "ES"));
    cmd.setCustomerPhone("+34 611 222 333");
    cmd.setCustomerLanguage(language);
    return as(code, () -> orders.create(cmd));
  }

  private Order mto(String code, String who, String model) {
    return as(
        code,
        () ->
            orders.create(
                TestOrders.of(OrderType.MTO, model, 1, "Eva Gil", Codes.email(code, who))));
  }

  private Order paid(String code, Order o) {
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    return as(code, () -> payments.record(o.getId(), in, o.getVersion()));
  }

  private ShippingMethod standard(String code) {
    return as(code, () -> methods.active()).get(0);
  }

  /** Keeps a PDF in {@code target/report-samples/} to look at. */
  private static void keep(byte[] pdf, String name) {
    try {
      java.nio.file.Path dir =
          java.nio.file.Path.of(
              System.getProperty("orderpool.buildDir", "target"), "report-samples");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The line of a page's text that holds this SKU (a table row reads as one line). */
  private static String row(String page, String sku) {
    return Arrays.stream(page.split("\\R"))
        .filter(l -> l.contains(sku))
        .findFirst()
        .orElseThrow(() -> new AssertionError(sku + " in: " + page));
  }

  private static void assertNoMoney(String text, Order o) {
    for (String amount :
        List.of(
            "123.45",
            "123,45",
            "98.76",
            "98,76",
            "740.70",
            "740,70",
            o.getTotal().toPlainString(),
            o.getTotal().toPlainString().replace('.', ','),
            "EUR",
            "€")) {
      assertFalse(text.contains(amount), "no price or amount (" + amount + "): " + text);
    }
  }

  @Test
  void aShipmentsSlipListsItsPiecesAddressMethodAndTrackingWithABarcodeAndNoPrice() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order o = paid(code, bulk(code, "ana", "es"));
    Shipment first =
        as(code, () -> shipments.schedule(o.getId(), m.getId(), "PK001ES\nPK002ES", 8, "Fragile"));

    byte[] pdf = as(code, () -> slips.ofShipment(first.getId(), "en")).content();
    keep(pdf, "packing-slip-shipment");
    assertEquals(1, PdfText.pages(pdf));
    String page = PdfText.page(pdf, 1);
    for (String expected :
        List.of(
            "PACKING SLIP",
            o.getNumber(),
            "Marta Ruiz",
            "Calle de Alcalá 50",
            "28014 Madrid",
            "Spain",
            "+34 611 222 333",
            m.getNameEn(),
            m.getCarrier(),
            "PK001ES",
            "PK002ES",
            "8 of 10 (part shipment)",
            "Fragile")) {
      assertTrue(page.contains(expected), expected + " in: " + page);
    }
    assertTrue(row(page, "DRB-38").matches(".*Derby shoe, black, size 38\\s+6\\s*"), page);
    assertTrue(row(page, "DRB-41").matches(".*Derby boot, tan, size 41\\s+2\\s*"), page);
    assertNoMoney(PdfText.text(pdf), o);
    assertEquals(
        Optional.of(o.getNumber()), PdfBarcode.code128(pdf, 0), "the barcode reads as the number");

    as(code, () -> shipments.send(first.getId()));
    Shipment rest = as(code, () -> shipments.schedule(o.getId(), m.getId(), "", null, null));
    byte[] second = as(code, () -> slips.ofShipment(rest.getId(), null)).content();
    String es = PdfText.page(second, 1);
    assertTrue(es.contains("ALBARÁN DE ENTREGA"), "the customer's language: " + es);
    assertTrue(row(es, "DRB-41").matches(".*Derby boot, tan, size 41\\s+2\\s*"), es);
    assertFalse(es.contains("DRB-38"), "the shoes went with the first shipment: " + es);
    assertFalse(es.contains("Seguimiento"), "no tracking numbers, no tracking row: " + es);
    assertNoMoney(PdfText.text(second), o);
  }

  @Test
  void aGroupShipmentGivesEachOrderItsOwnSlip() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order o1 = mto(code, "eva", "Oxford");
    Order o2 = mto(code, "eva", "Chelsea");
    OrderGroup g = as(code, () -> groups.group(List.of(o1.getId(), o2.getId())));
    var view = as(code, () -> directory.view(g.getId()));
    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, view.totals().balance(), LocalDate.now());
    as(code, () -> groups.pay(g.getId(), in, g.getVersion()));
    Shipment s = as(code, () -> shipments.scheduleGroup(g.getId(), m.getId(), "GRP-1", null));

    byte[] pdf = as(code, () -> slips.ofShipment(s.getId(), "en")).content();
    assertEquals(2, PdfText.pages(pdf), "one slip per order");
    String p1 = PdfText.page(pdf, 1);
    String p2 = PdfText.page(pdf, 2);
    assertTrue(p1.contains("Order " + o1.getNumber()) && p1.contains("Oxford"), p1);
    assertTrue(p1.contains("Packed in one shipment with order(s) " + o2.getNumber()), p1);
    assertTrue(p2.contains("Order " + o2.getNumber()) && p2.contains("Chelsea"), p2);
    assertTrue(p2.contains("Packed in one shipment with order(s) " + o1.getNumber()), p2);
    assertTrue(p1.contains("GRP-1") && p2.contains("GRP-1"), "both carry the tracking");
    assertEquals(Optional.of(o1.getNumber()), PdfBarcode.code128(pdf, 0));
    assertEquals(Optional.of(o2.getNumber()), PdfBarcode.code128(pdf, 1));
    assertFalse(p1.contains("50.00") || p2.contains("50.00"), "no unit price");
  }

  @Test
  void selectedOrdersGiveOneFileWithEachOrdersSlipFromItsLatestShipmentOrFromTheOrder() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order shipped = paid(code, bulk(code, "ben", null));
    Shipment part = as(code, () -> shipments.schedule(shipped.getId(), m.getId(), "P1", 4, null));
    as(code, () -> shipments.send(part.getId()));
    as(code, () -> shipments.schedule(shipped.getId(), m.getId(), "P2", null, null));
    Order waiting = bulk(code, "cai", null);

    PackingSlips.Pdf file =
        as(
            code,
            () -> slips.ofOrders(List.of(shipped.getId(), waiting.getId(), shipped.getId()), "en"));
    byte[] pdf = file.content();
    keep(pdf, "packing-slips-selected");
    assertEquals("packing-slips.pdf", file.fileName());
    assertEquals(2, PdfText.pages(pdf), "one page per order, each once");
    String latest = PdfText.page(pdf, 1);
    assertTrue(latest.contains(shipped.getNumber()) && latest.contains("P2"), latest);
    assertTrue(latest.contains("6 of 10 (part shipment)"), "the latest shipment: " + latest);
    assertTrue(row(latest, "DRB-38").matches(".*size 38\\s+2\\s*"), latest);
    assertTrue(row(latest, "DRB-41").matches(".*size 41\\s+4\\s*"), latest);
    String whole = PdfText.page(pdf, 2);
    assertTrue(whole.contains(waiting.getNumber()), whole);
    assertTrue(row(whole, "DRB-38").matches(".*size 38\\s+6\\s*"), "all its lines: " + whole);
    assertTrue(row(whole, "DRB-41").matches(".*size 41\\s+4\\s*"), whole);
    assertFalse(whole.contains("Shipment no."), "not shipped yet: " + whole);
    assertNoMoney(PdfText.text(pdf), waiting);
    assertEquals(Optional.of(shipped.getNumber()), PdfBarcode.code128(pdf, 0));
    assertEquals(Optional.of(waiting.getNumber()), PdfBarcode.code128(pdf, 1));
  }

  @Test
  void aTenantsOwnDesignIsCheckedBeforeItPrintsItsSlips() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    ShippingMethod m = standard(a);
    Order o = paid(a, bulk(a, "dan", "en"));
    Shipment s = as(a, () -> shipments.schedule(o.getId(), m.getId(), "D1", null, null));
    String shipped = as(a, () -> designs.source("packing-slip"));
    String marked = shipped.replace("[CDATA[$R{title}]]", "[CDATA[\"ACME \" + $R{title}]]");
    assertTrue(marked.contains("ACME"), "the design has its title expression");

    as(a, () -> designs.upload("packing-slip", marked.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Origin.UPLOADED, as(a, () -> designs.info("packing-slip")).origin());
    byte[] pdf = as(a, () -> slips.ofShipment(s.getId(), "en")).content();
    assertTrue(PdfText.text(pdf).contains("ACME PACKING SLIP"), PdfText.text(pdf));
    assertEquals(Origin.DEFAULT, as(b, () -> designs.info("packing-slip")).origin());
    assertTrue(as(b, () -> designs.preview("packing-slip", "es")).length > 0);

    String broken =
        marked.replace(
            "[CDATA[$P{ORDER_NUMBER}]]></codeExpression>",
            "[CDATA[$P{ORDER_NUMBER}.substring(99)]]></codeExpression>");
    assertTrue(broken.contains("substring(99)"));
    assertInstanceOf(
        DesignInvalidException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.run(
                        a,
                        () ->
                            designs.upload(
                                "packing-slip", broken.getBytes(StandardCharsets.UTF_8))))),
        "a design that cannot fill the samples is refused");
    assertTrue(
        PdfText.text(as(a, () -> slips.ofShipment(s.getId(), "en")).content())
            .contains("ACME PACKING SLIP"),
        "the accepted design stays");
    as(a, () -> designs.resetToDefault("packing-slip"));
  }

  @Test
  void anotherTenantGetsNotFoundForPackingSlips() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    ShippingMethod m = standard(a);
    Order o = paid(a, bulk(a, "eli", "en"));
    Shipment s = as(a, () -> shipments.schedule(o.getId(), m.getId(), "X1", null, null));
    String accountant = Codes.email(a, "acc");
    accounts.setPassword(
        as(a, () -> users.invite(accountant, "Acc", Role.ACCOUNTANT)), PASSWORD, PASSWORD);
    String stranger = Codes.email(b, "staff");
    accounts.setPassword(
        as(b, () -> users.invite(stranger, "Sam", Role.STAFF)), PASSWORD, PASSWORD);

    String one = "/files/shipments/" + s.getId() + "/packing-slip.pdf";
    String many = "/files/packing-slips.pdf?orders=" + o.getId();
    WebSession own = WebSession.signIn(base(), accountant, PASSWORD);
    WebSession.Download slip = own.download(one);
    assertEquals(200, slip.status(), "an accountant may print packing slips");
    assertTrue(slip.contentType().startsWith("application/pdf"), slip.contentType());
    assertTrue(PdfText.text(slip.body()).contains(o.getNumber()));
    assertEquals(200, own.download(many + "&lang=es").status());
    assertEquals(404, own.download("/files/shipments/999999999/packing-slip.pdf").status());
    assertEquals(404, own.download("/files/packing-slips.pdf?orders=abc").status());
    assertEquals(404, own.download("/files/packing-slips.pdf?orders=999999999").status());

    WebSession other = WebSession.signIn(base(), stranger, PASSWORD);
    assertEquals(404, other.download(one).status(), "another tenant's shipment");
    assertEquals(404, other.download(many).status(), "another tenant's order");
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(Exception.class, () -> as(b, () -> slips.ofShipment(s.getId(), null)))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> as(b, () -> slips.ofOrders(List.of(o.getId()), null)))));
  }
}
