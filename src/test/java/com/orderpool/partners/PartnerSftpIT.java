package com.orderpool.partners;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.partners.entity.SubmissionStatus;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.Test;

/**
 * Orders put on a partner's SFTP server (a real one, started by the test on a loopback port): one
 * CSV per order under its number, a server that is down makes the submission Failed with the reason
 * and a later Submit delivers, the host key is pinned, a cancellation puts its own file, and
 * another tenant can neither see nor change the channel.
 */
class PartnerSftpIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Partners partners;
  @Inject PartnerSubmissions submissions;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;

  /** A partner's SFTP server: one login, files under a temporary folder. */
  static final class PartnerServer implements AutoCloseable {
    final Path root;
    final KeyPair key;
    final SshServer sshd;

    PartnerServer(Path root, KeyPair key, int port) throws IOException {
      this.root = root;
      this.key = key;
      sshd = SshServer.setUpDefaultServer();
      sshd.setHost("127.0.0.1");
      sshd.setPort(port);
      sshd.setKeyPairProvider(KeyPairProvider.wrap(key));
      sshd.setPasswordAuthenticator((u, p, s) -> "elche".equals(u) && "s3cret pw".equals(p));
      sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
      sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
      sshd.start();
    }

    int port() {
      return sshd.getPort();
    }

    String fingerprint() {
      return KeyUtils.getFingerPrint(key.getPublic());
    }

    @Override
    public void close() throws IOException {
      sshd.stop(true);
    }
  }

  private static KeyPair newKey() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(256);
    return g.generateKeyPair();
  }

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private Order order(String code, String sku, String description) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann Ávila", Codes.email(code, "ann"));
    cmd.setLines(
        new ArrayList<>(List.of(new LineInput(sku, description, 1, new BigDecimal("50.00")))));
    return as(code, () -> orders.create(cmd));
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachOrderLandsAsOneCsvADownServerFailsWithTheReasonAndARetryDelivers() throws Exception {
    String code = Codes.newTenant(console);
    Path root = Files.createTempDirectory("partner-sftp");
    Files.createDirectories(root.resolve("incoming"));
    KeyPair key = newKey();
    Partner elche =
        as(
            code,
            () ->
                partners.save(
                    null,
                    "Taller Elche",
                    PartnerKind.SUPPLIER,
                    RuleType.ALL,
                    null,
                    Codes.email(code, "elche")));
    int port;
    Order first = order(code, "OX-38", "=Oxford, black calf");
    try (PartnerServer server = new PartnerServer(root, key, 0)) {
      port = server.port();
      as(
          code,
          () ->
              partners.saveSftp(
                  elche.getId(), "127.0.0.1", port, "elche", "s3cret pw", "/incoming"));

      PartnerStatus sent = as(code, () -> submissions.submit(first.getId(), elche.getId()));
      assertEquals(SubmissionStatus.SUBMITTED, sent.status(), sent::reason);
      assertEquals(List.of(first.getNumber() + ".csv"), files(root.resolve("incoming")));
      List<String> lines =
          Files.readAllLines(root.resolve("incoming").resolve(first.getNumber() + ".csv"));
      assertTrue(lines.get(0).startsWith("\uFEFFstatus,order_number,"), lines.get(0));
      assertEquals(2, lines.size(), "a header and the order's one line");
      String row = lines.get(1);
      assertTrue(row.startsWith("NEW," + first.getNumber() + ","), row);
      assertTrue(
          row.contains(",OX-38,'=Oxford, black calf,1,")
              || row.contains(",OX-38,\"'=Oxford, black calf\",1,"),
          row);
      assertTrue(row.contains("Barcelona"), "the delivery address: " + row);
      assertTrue(!row.contains("50.00"), "no prices: " + row);
      assertEquals(
          server.fingerprint(),
          as(code, () -> partners.get(elche.getId())).getSftpHostKey(),
          "pinned");
    }

    // the partner's server is down: Failed with the reason, and no e-mail either
    Order second = order(code, "OX-39", "Oxford, brown");
    PartnerStatus down = as(code, () -> submissions.submit(second.getId(), elche.getId()));
    assertEquals(SubmissionStatus.FAILED, down.status());
    assertTrue(down.reason().startsWith("SFTP: "), down.reason());
    assertTrue(
        as(code, () -> outbox.ofOrder(second.getId())).stream()
            .noneMatch(m -> m.getEvent() == MailEvent.PARTNER_ORDER));

    try (PartnerServer server = new PartnerServer(root, key, port)) {
      PartnerStatus retried = as(code, () -> submissions.submit(second.getId(), elche.getId()));
      assertEquals(SubmissionStatus.SUBMITTED, retried.status(), retried::reason);
      assertEquals(2, retried.attempts());
      assertTrue(files(root.resolve("incoming")).contains(second.getNumber() + ".csv"));

      Order o = as(code, () -> orders.get(first.getId()));
      as(code, () -> workflow.cancel(o.getId(), "customer changed mind", null, o.getVersion()));
      Path cancelled = root.resolve("incoming").resolve(first.getNumber() + ".cancelled.csv");
      assertTrue(Files.exists(cancelled), () -> "files: " + root);
      assertTrue(
          Files.readString(cancelled, StandardCharsets.UTF_8)
              .contains("CANCELLED," + first.getNumber()));
    }

    // another server on that address, with another key: refused until the key is forgotten
    try (PartnerServer impostor = new PartnerServer(root, newKey(), port)) {
      Order third = order(code, "OX-40", "Oxford, tan");
      PartnerStatus refused = as(code, () -> submissions.submit(third.getId(), elche.getId()));
      assertEquals(SubmissionStatus.FAILED, refused.status());
      assertTrue(refused.reason().contains("host key changed"), refused.reason());
      assertTrue(
          !files(root.resolve("incoming")).contains(third.getNumber() + ".csv"), "nothing sent");
      as(code, () -> partners.forgetHostKey(elche.getId()));
      PartnerStatus trusted = as(code, () -> submissions.submit(third.getId(), elche.getId()));
      assertEquals(SubmissionStatus.SUBMITTED, trusted.status(), trusted::reason);
      assertEquals(
          impostor.fingerprint(), as(code, () -> partners.get(elche.getId())).getSftpHostKey());
    }
    assertEquals(
        List.of(),
        files(root.resolve("incoming")).stream().filter(f -> f.endsWith(".part")).toList(),
        "no temporary files left");
  }

  @Test
  void badSettingsAreRefusedOnTheirFieldAndAnotherTenantCannotSeeOrChangeTheChannel() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Partner p =
        as(
            a,
            () ->
                partners.save(
                    null,
                    "Taller Elche",
                    PartnerKind.SUPPLIER,
                    RuleType.ALL,
                    null,
                    Codes.email(a, "elche")));
    List<String[]> bad =
        List.of(
            new String[] {"bad host!", "22", "elche", "pw", "sftpHost"},
            new String[] {"sftp.example", "0", "elche", "pw", "sftpPort"},
            new String[] {"sftp.example", "22", "el che", "pw", "sftpUser"},
            new String[] {"sftp.example", "22", "elche", "", "sftpPassword"},
            new String[] {"sftp.example", "22", "elche", "pw", "sftpFolder"});
    for (String[] v : bad) {
      String folder = "sftpFolder".equals(v[4]) ? "/in/../etc" : "/in";
      BusinessException e =
          assertInstanceOf(
              BusinessException.class,
              unwrap(
                  assertThrows(
                      Exception.class,
                      () ->
                          as(
                              a,
                              () ->
                                  partners.saveSftp(
                                      p.getId(),
                                      v[0],
                                      Integer.parseInt(v[1]),
                                      v[2],
                                      v[3],
                                      folder)))));
      assertEquals(v[4], e.field(), e.messageKey());
    }
    assertNull(as(a, () -> partners.get(p.getId())).getSftpHost(), "nothing kept");
    as(a, () -> partners.saveSftp(p.getId(), "sftp.example", 22, "elche", "pw", "/in"));

    assertInstanceOf(
        NotFoundException.class,
        unwrap(assertThrows(Exception.class, () -> as(b, () -> partners.get(p.getId())))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    as(
                        b,
                        () -> partners.saveSftp(p.getId(), "evil.example", 22, "x", "y", null)))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(assertThrows(Exception.class, () -> as(b, () -> partners.removeSftp(p.getId())))));
    assertEquals("sftp.example", as(a, () -> partners.get(p.getId())).getSftpHost(), "unchanged");
  }
}
