package com.orderpool.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSettings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (mvn verify -Pbench -Dit.test=InvoicingBench), in the server: 1,000 orders paid in full
 * back to back, one transaction each (payment row, launch into production, invoice with a gap-free
 * number, history), with the invoice e-mail on (its PDF is rendered and queued in the paying
 * transaction) and off; plus the time to render one stored invoice through {@link Invoicing#pdf}
 * (100 renders after 20 warm-ups). Writes target/bench/invoicing.txt.
 */
class InvoicingBench extends InContainer {
  static final int ORDERS = Integer.getInteger("bench.invoices", 1000);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject Invoicing invoicing;
  @Inject TenantSettings settings;
  @Inject Transactions tx;
  @Inject TenantRunner runner;

  @Test
  void payOneThousandOrdersBackToBack() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(run(true)).append(run(false)).append(renderOne());
    Path file =
        Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "invoicing.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
  }

  private String run(boolean mailOn) {
    String code = Codes.newTenant(console);
    runner.run(
        code,
        () -> tx.run(() -> settings.put("mail.invoice_issued.enabled", Boolean.toString(mailOn))));
    // only what paying needs is kept, not 1,000 entities
    List<Due> open = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      open.add(
          Due.of(
              runner.call(
                  code, () -> orders.create(TestMoney.priced(Codes.email(code, "c"), "99.00")))));
    }
    for (int i = 0; i < 20; i++) {
      pay(
          code,
          Due.of(
              runner.call(
                  code, () -> orders.create(TestMoney.priced(Codes.email(code, "w"), "9.00")))));
    }
    List<Double> ms = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Due o : open) {
      long s = System.nanoTime();
      Phase phase = pay(code, o);
      ms.add((System.nanoTime() - s) / 1e6);
      assertEquals(Phase.IN_PRODUCTION, phase);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String lastNumber =
        runner.call(code, () -> orders.get(open.get(open.size() - 1).id()).getInvoiceNumber());
    assertEquals(
        "INV-" + LocalDate.now().getYear() + String.format("-%06d", ORDERS + 20),
        lastNumber,
        "gap-free: warm-ups then the timed orders");
    Collections.sort(ms);
    return String.format(
        "pay %d orders back to back, invoice e-mail %s: %.1f s, %.1f invoices/s;"
            + " per payment median %.1f ms, p95 %.1f ms, max %.1f ms%n",
        ORDERS,
        mailOn ? "on (PDF rendered in the transaction)" : "off",
        seconds,
        ORDERS / seconds,
        ms.get(ms.size() / 2),
        ms.get((int) (ms.size() * 0.95)),
        ms.get(ms.size() - 1));
  }

  /** What paying an order needs: its id, the version seen and the amount due. */
  record Due(long id, long version, java.math.BigDecimal total) {
    static Due of(Order o) {
      return new Due(o.getId(), o.getVersion(), o.getTotal());
    }
  }

  private Phase pay(String code, Due o) {
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.total(), LocalDate.now());
    return runner.call(code, () -> payments.record(o.id(), in, o.version()).getPhase());
  }

  private String renderOne() {
    String code = Codes.newTenant(console);
    Order o =
        runner.call(code, () -> orders.create(TestMoney.priced(Codes.email(code, "r"), "120.00")));
    pay(code, Due.of(o));
    long id = runner.call(code, () -> orders.get(o.getId()).getInvoiceId());
    for (int i = 0; i < 20; i++) {
      runner.call(code, () -> invoicing.pdf(id, null));
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      long s = System.nanoTime();
      runner.call(code, () -> invoicing.pdf(id, null));
      ms.add((System.nanoTime() - s) / 1e6);
    }
    Collections.sort(ms);
    return String.format(
        "render one stored invoice (Invoicing.pdf), n=100 after 20 warm-ups: median %.1f ms,"
            + " p90 %.1f ms, max %.1f ms%n",
        (ms.get(49) + ms.get(50)) / 2, ms.get(89), ms.get(99));
  }
}
