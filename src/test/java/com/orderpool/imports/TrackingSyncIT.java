package com.orderpool.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.boundary.SftpSettings;
import com.orderpool.imports.control.SftpServer;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.shipping.boundary.ShipmentView;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.ShipmentStatus;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;

/**
 * Tracking sync by file: a partner drops a CSV of tracking numbers in the SFTP folder {@code
 * tracking/} with a real SFTP client; its good rows ship their orders (Sent, tracking numbers, the
 * customer's Track &amp; trace at the SMTP server), its bad rows are errors with line, column and
 * message, the file goes to {@code processed/} with its errors; dropped again it ships nothing
 * twice; another tenant's order number is unknown and that order stays as it was.
 */
class TrackingSyncIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject PlatformConsole console;
  @Inject SftpSettings settings;
  @Inject SftpServer server;
  @Inject Imports imports;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  /** A paid order in production, with the customer's shipping method if one is given. */
  private Order paidOrder(String code, String who, Long methodId) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new ArrayList<>(
            List.of(new LineInput("DRB-1", "Derby shoe", 1, new BigDecimal("100.00")))));
    cmd.setShippingMethodId(methodId);
    Order o = as(code, () -> orders.create(cmd));
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    in.setReference("TRF-" + o.getNumber());
    Order paid = as(code, () -> payments.record(o.getId(), in, o.getVersion()));
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase());
    return paid;
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private long trackTraceMails(String code, Order o) {
    return as(code, () -> outbox.ofOrder(o.getId())).stream()
        .filter(m -> m.getEvent() == MailEvent.TRACK_TRACE)
        .count();
  }

  @Test
  void aTrackingFileShipsItsGoodRowsReportsItsBadOnesAndShipsNothingTwice() throws Exception {
    String code = Codes.newTenant(console);
    String other = Codes.newTenant(console);
    String password = as(code, settings::newPassword);
    List<ShippingMethod> offered = as(code, () -> methods.active());
    ShippingMethod chosen = offered.get(0);
    ShippingMethod named = offered.get(offered.size() - 1);
    Order first = paidOrder(code, "ana", chosen.getId());
    Order second = paidOrder(code, "bea", null);
    Order foreign = paidOrder(other, "eve", chosen.getId());

    String csv =
        "order_number;shipping_method;tracking_numbers;shipped_at\r\n"
            + first.getNumber()
            + ";;PK101ES | PK102ES;2026-12-05\r\n"
            + second.getNumber().toLowerCase()
            + ";"
            + named.getNameEn()
            + ";PK201ES;\r\n"
            + foreign.getNumber()
            + ";;PK301ES;\r\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    try (Login sftp = new Login(code.toLowerCase(), password)) {
      assertTrue(sftp.list("/").contains("tracking"), "the jail has its tracking folder");
      sftp.put("/tracking/sent.csv", file);
      long id = sftp.awaitResult("sent.csv", -1);

      ImportJob job = as(code, () -> imports.job(id));
      assertEquals(ImportJob.Kind.TRACKING, job.getKind());
      assertEquals(ImportJob.Source.SFTP, job.getSource());
      assertEquals(ImportJob.Status.DONE, job.getStatus(), job::getErrorText);
      assertEquals(2, job.getCreatedCount(), "two orders shipped");
      assertEquals(0, job.getDuplicateCount());
      assertEquals(1, job.getRejectedCount());

      Order sent1 = reload(code, first);
      assertEquals(Phase.SHIPPED, sent1.getPhase());
      assertEquals("PK101ES", sent1.getTracking().getNumber());
      assertEquals(2, sent1.getTracking().getParcels());
      ShipmentView shipment = as(code, () -> shipments.ofOrder(first.getId())).get(0);
      assertEquals(ShipmentStatus.SENT, shipment.shipment().getStatus());
      assertEquals(chosen.getId(), shipment.method().getId(), "the customer's method");
      assertEquals(
          List.of("PK101ES", "PK102ES"),
          shipment.parcels().stream().map(ShipmentView.ParcelLink::number).toList());

      Order sent2 = reload(code, second);
      assertEquals(Phase.SHIPPED, sent2.getPhase());
      assertEquals("PK201ES", sent2.getTracking().getNumber());
      assertEquals(
          named.getId(),
          as(code, () -> shipments.ofOrder(second.getId())).get(0).method().getId(),
          "the method the row names");

      for (Order o : List.of(first, second)) {
        String number = reload(code, o).getTracking().getNumber();
        String who = o == first ? "ana" : "bea";
        assertTrue(
            MailInbox.await(
                    Codes.email(code, who),
                    MailInbox.subjectContains(o.getNumber())
                        .and(m -> MailInbox.text(m).contains(number)),
                    Duration.ofSeconds(30))
                .isPresent(),
            "the Track & trace e-mail of " + o.getNumber() + " reached the SMTP server");
      }

      List<ImportError> errors = as(code, () -> imports.errors(id));
      assertEquals(1, errors.size(), errors::toString);
      assertEquals(4, errors.get(0).getLine());
      assertEquals("order_number", errors.get(0).getField());
      assertEquals("There is no order " + foreign.getNumber() + ".", errors.get(0).getMessage());
      List<ImportedOrder> rows = as(code, () -> imports.orders(id));
      assertEquals(
          List.of(
              ImportedOrder.Outcome.CREATED,
              ImportedOrder.Outcome.CREATED,
              ImportedOrder.Outcome.REJECTED),
          rows.stream().map(ImportedOrder::getOutcome).toList());

      assertEquals(csv, sftp.text("/processed/" + id + "-sent.csv"));
      String report = sftp.text("/processed/" + id + "-sent.csv.errors.txt");
      assertTrue(report.contains("Orders shipped: 2, already shipped: 0, rejected: 1"), report);
      assertTrue(report.contains("Line 4, column order_number: There is no order"), report);
      assertFalse(sftp.list("/tracking").contains("sent.csv"), "taken out of the folder");

      Order untouched = as(other, () -> orders.get(foreign.getId()));
      assertEquals(Phase.IN_PRODUCTION, untouched.getPhase(), "the other tenant's order stays");
      assertNull(untouched.getTracking().getNumber());
      assertTrue(as(other, () -> shipments.ofOrder(foreign.getId())).isEmpty());
      assertEquals(0, trackTraceMails(other, foreign));

      sftp.put("/tracking/sent.csv", file);
      long again = sftp.awaitResult("sent.csv", id);
      ImportJob rerun = as(code, () -> imports.job(again));
      assertEquals(ImportJob.Status.DONE, rerun.getStatus(), rerun::getErrorText);
      assertEquals(0, rerun.getCreatedCount(), "nothing ships twice");
      assertEquals(2, rerun.getDuplicateCount());
      assertEquals(1, rerun.getRejectedCount());
      for (Order o : List.of(first, second)) {
        assertEquals(1, as(code, () -> shipments.ofOrder(o.getId())).size(), o.getNumber());
        assertEquals(1, trackTraceMails(code, o), "one e-mail for " + o.getNumber());
      }
    }
  }

  @Test
  void badRowsChangeNothingAndAnOrderShippedWithOtherNumbersIsAnError() throws Exception {
    String code = Codes.newTenant(console);
    String password = as(code, settings::newPassword);
    ShippingMethod m = as(code, () -> methods.active()).get(0);
    Order shipped = paidOrder(code, "ana", m.getId());
    as(code, () -> shipments.sendNow(shipped.getId(), null, "OLD1"));
    Order open = paidOrder(code, "bea", m.getId());

    String csv =
        "order_number,shipping_method,tracking_numbers\n"
            + shipped.getNumber()
            + ",,NEW1\n"
            + open.getNumber()
            + ",No such method,PK9\n"
            + open.getNumber()
            + ",,\n"
            + ",,PK8\n";
    try (Login sftp = new Login(code.toLowerCase(), password)) {
      sftp.put("/tracking/bad.csv", csv.getBytes(StandardCharsets.UTF_8));
      long id = sftp.awaitResult("bad.csv", -1);
      ImportJob job = as(code, () -> imports.job(id));
      assertEquals(ImportJob.Status.DONE, job.getStatus(), job::getErrorText);
      assertEquals(0, job.getCreatedCount());
      List<String> errors =
          as(code, () -> imports.errors(id)).stream()
              .map(e -> e.getLine() + ":" + e.getField())
              .toList();
      assertEquals(
          List.of("2:order_number", "3:shipping_method", "4:order_number", "5:order_number"),
          errors);
    }
    assertEquals(Phase.IN_PRODUCTION, reload(code, open).getPhase());
    assertEquals("OLD1", reload(code, shipped).getTracking().getNumber());
    assertEquals(1, as(code, () -> shipments.ofOrder(shipped.getId())).size());
  }

  /** A signed-in SFTP client of the test server. */
  private final class Login implements AutoCloseable {
    final SshClient client = SshClient.setUpDefaultClient();
    final ClientSession session;
    final SftpClient sftp;

    Login(String user, String password) throws IOException {
      String expected = server.fingerprint();
      client.setServerKeyVerifier((s, address, k) -> KeyUtils.getFingerPrint(k).equals(expected));
      client.start();
      try {
        session = client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getClientSession();
        session.addPasswordIdentity(password);
        session.auth().verify(WAIT);
        sftp = SftpClientFactory.instance().createSftpClient(session);
      } catch (IOException | RuntimeException e) {
        client.stop();
        throw e;
      }
    }

    void put(String path, byte[] content) throws IOException {
      try (OutputStream out = sftp.write(path)) {
        out.write(content);
      }
    }

    List<String> list(String dir) throws IOException {
      List<String> names = new ArrayList<>();
      for (SftpClient.DirEntry e : sftp.readDir(dir)) {
        if (!e.getFilename().equals(".") && !e.getFilename().equals("..")) {
          names.add(e.getFilename());
        }
      }
      return names;
    }

    String text(String path) throws IOException {
      try (InputStream in = sftp.read(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    /**
     * Waits for {@code <job id>-<name>} in {@code /processed} from another job than {@code before};
     * returns the job's id.
     */
    long awaitResult(String name, long before) throws IOException, InterruptedException {
      long end = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < end) {
        for (String f : list("/processed")) {
          if (f.endsWith("-" + name) && !f.equals(before + "-" + name)) {
            return Long.parseLong(f.substring(0, f.length() - name.length() - 1));
          }
        }
        Thread.sleep(250);
      }
      throw new AssertionError(name + " never arrived in /processed: " + list("/tracking"));
    }

    @Override
    public void close() throws IOException {
      try {
        sftp.close();
        session.close();
      } finally {
        client.stop();
      }
    }
  }
}
