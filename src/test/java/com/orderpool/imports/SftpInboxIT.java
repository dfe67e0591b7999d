package com.orderpool.imports;

import static com.orderpool.imports.ImportsIT.HEADER;
import static com.orderpool.imports.ImportsIT.one;
import static com.orderpool.imports.ImportsIT.row;
import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.ForbiddenException;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.boundary.SftpSettings;
import com.orderpool.imports.control.SftpConfig;
import com.orderpool.imports.control.SftpJails;
import com.orderpool.imports.control.SftpServer;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.support.AsCaller;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;

/**
 * The SFTP inbox with a real SFTP client on the loopback port of the test server: a dropped file
 * becomes an import job of its tenant (orders, per-row errors, no duplicates on a second drop),
 * refused files and temporary names, wrong and suspended logins, public keys, and the jail: one
 * tenant's login never reaches another tenant's folder or orders.
 */
class SftpInboxIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject PlatformConsole console;
  @Inject SftpSettings settings;
  @Inject SftpServer server;
  @Inject Imports imports;
  @Inject TenantRunner runner;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  static final String WEEK =
      HEADER
          + row("S-1", "ana@a.example", "DRB-1", "2", "10.00")
          + one("S-2", "bea@b.example", "DRB-2", "12.00")
          + one("S-3", "not-an-email", "DRB-3", "5.00");

  /** A tenant whose SFTP login has a fresh password; returns the code and the password. */
  private record Tenant(String code, String user, String password) {}

  private Tenant tenant() {
    String code = Codes.newTenant(console);
    String password = as(code, settings::newPassword);
    return new Tenant(code, code.toLowerCase(), password);
  }

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  /** A signed-in SFTP client; closing it closes the session and the client. */
  private final class Login implements AutoCloseable {
    final SshClient client = SshClient.setUpDefaultClient();
    final ClientSession session;
    final SftpClient sftp;

    Login(String user, String password, KeyPair key) throws IOException {
      String expected = server.fingerprint();
      client.setServerKeyVerifier((s, address, k) -> KeyUtils.getFingerPrint(k).equals(expected));
      client.start();
      try {
        session = client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getClientSession();
        if (password != null) {
          session.addPasswordIdentity(password);
        }
        if (key != null) {
          session.addPublicKeyIdentity(key);
        }
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

    /** The names in a folder (a refusal is the SFTP error, as an IOException). */
    List<String> list(String dir) throws IOException {
      List<String> names = new ArrayList<>();
      try {
        for (SftpClient.DirEntry e : sftp.readDir(dir)) {
          if (!e.getFilename().equals(".") && !e.getFilename().equals("..")) {
            names.add(e.getFilename());
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return names;
    }

    String text(String path) throws IOException {
      try (InputStream in = sftp.read(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    /** Waits for a file named {@code <job id>-<name>} in the folder; returns the job's id. */
    long awaitResult(String folder, String name) throws IOException, InterruptedException {
      long end = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < end) {
        for (String f : list(folder)) {
          if (f.endsWith("-" + name)) {
            return Long.parseLong(f.substring(0, f.length() - name.length() - 1));
          }
        }
        Thread.sleep(250);
      }
      throw new AssertionError(name + " never arrived in " + folder + ": " + list("/inbox"));
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

  private Login login(Tenant t) throws IOException {
    return new Login(t.user(), t.password(), null);
  }

  /** How many orders the tenant has (read with plain SQL, past every boundary). */
  private long orderCount(String code) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM `" + TenantSchema.of(code) + "`.customer_order")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private ImportJob job(String code, long id) {
    return as(code, () -> imports.job(id));
  }

  @Test
  void aDroppedFileIsImportedWithItsRowErrorsAndADropAgainCreatesNothing() throws Exception {
    Tenant t = tenant();
    try (Login sftp = login(t)) {
      assertEquals(
          List.of("failed", "inbox", "processed", "tracking"),
          sftp.list("/").stream().sorted().toList());
      sftp.put("/inbox/week.csv", WEEK.getBytes(StandardCharsets.UTF_8));
      long id = sftp.awaitResult("/processed", "week.csv");

      ImportJob job = job(t.code(), id);
      assertEquals(ImportJob.Source.SFTP, job.getSource());
      assertEquals("week.csv", job.getFileName());
      assertEquals(ImportJob.Status.DONE, job.getStatus(), job::getErrorText);
      assertEquals(2, job.getCreatedCount());
      assertEquals(1, job.getRejectedCount());
      assertEquals(2, orderCount(t.code()));
      List<ImportError> errors = as(t.code(), () -> imports.errors(id));
      assertEquals(1, errors.size(), errors::toString);
      assertEquals(4, errors.get(0).getLine());
      assertEquals("customer_email", errors.get(0).getField());
      assertEquals(WEEK, sftp.text("/processed/" + id + "-week.csv"));
      String report = sftp.text("/processed/" + id + "-week.csv.errors.txt");
      assertTrue(report.contains("Line 4, column customer_email"), report);
      assertFalse(sftp.list("/inbox").contains("week.csv"), "taken out of the inbox");

      sftp.put("/inbox/week.csv", WEEK.getBytes(StandardCharsets.UTF_8));
      long second = awaitOther(sftp, "week.csv", id);
      ImportJob rerun = job(t.code(), second);
      assertEquals(0, rerun.getCreatedCount());
      assertEquals(2, rerun.getDuplicateCount());
      assertEquals(2, orderCount(t.code()), "no order twice");
    }
  }

  /** Waits for a second result of the same name (another job than {@code first}). */
  private static long awaitOther(Login sftp, String name, long first) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      for (String f : sftp.list("/processed")) {
        if (f.endsWith("-" + name) && !f.equals(first + "-" + name)) {
          return Long.parseLong(f.substring(0, f.length() - name.length() - 1));
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no second import of " + name);
  }

  @Test
  void aRefusedFileGoesToFailedWithItsReasonAndTemporaryNamesWaitUntilRenamed() throws Exception {
    Tenant t = tenant();
    try (Login sftp = login(t)) {
      sftp.put("/inbox/empty.csv", new byte[0]);
      long id = sftp.awaitResult("/failed", "empty.csv");
      ImportJob job = job(t.code(), id);
      assertEquals(ImportJob.Status.FAILED, job.getStatus());
      assertEquals(ImportJob.Source.SFTP, job.getSource());
      String reason = sftp.text("/failed/" + id + "-empty.csv.errors.txt");
      assertEquals(job.getErrorText() + "\n", reason);
      assertFalse(reason.isBlank());

      sftp.put("/inbox/header.csv", "name;price\r\nx;1\r\n".getBytes(StandardCharsets.UTF_8));
      long bad = sftp.awaitResult("/failed", "header.csv");
      assertEquals(ImportJob.Status.FAILED, job(t.code(), bad).getStatus());

      sftp.put("/inbox/late.csv.part", WEEK.getBytes(StandardCharsets.UTF_8));
      Thread.sleep(1500);
      assertTrue(sftp.list("/inbox").contains("late.csv.part"), "a temporary name waits");
      assertEquals(0, orderCount(t.code()));
      sftp.sftp.rename("/inbox/late.csv.part", "/inbox/late.csv");
      long late = sftp.awaitResult("/processed", "late.csv");
      assertEquals(2, job(t.code(), late).getCreatedCount());
    }
  }

  @Test
  void aFileLeftInTheInboxIsPickedUpBySweep() throws Exception {
    Tenant t = tenant();
    Path inbox = new SftpJails(SftpConfig.load().root()).jail(t.code()).resolve("inbox");
    Path left = inbox.resolve("left.csv");
    Files.writeString(left, WEEK, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(
        left, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));
    try (Login sftp = login(t)) {
      long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
      while (sftp.list("/processed").stream().noneMatch(f -> f.endsWith("-left.csv"))) {
        assertTrue(System.nanoTime() < end, "the sweep never took left.csv");
        Thread.sleep(500);
      }
    }
    assertEquals(2, orderCount(t.code()));
  }

  @Test
  void aLoginStaysInItsOwnFolderAndNeverReachesAnotherTenant() throws Exception {
    Tenant a = tenant();
    Tenant b = tenant();
    Path bJail = new SftpJails(SftpConfig.load().root()).jail(b.code());
    Files.writeString(bJail.resolve("inbox/secret.csv.part"), "of b");
    String bFolder = "/../" + TenantSchema.of(b.code()) + "/sftp";
    try (Login sftp = login(a)) {
      assertEquals("/", sftp.sftp.canonicalPath("/.."));
      assertEquals("/", sftp.sftp.canonicalPath("../../.."));
      for (String dir :
          List.of(bFolder + "/inbox", "../" + TenantSchema.of(b.code()), bJail.toString())) {
        assertThrows(IOException.class, () -> sftp.list(dir), dir);
      }
      assertThrows(IOException.class, () -> sftp.text(bFolder + "/inbox/secret.csv.part"));
      assertThrows(IOException.class, () -> sftp.text(bJail + "/inbox/secret.csv.part"));
      byte[] week = WEEK.getBytes(StandardCharsets.UTF_8);
      assertThrows(IOException.class, () -> sftp.put(bFolder + "/inbox/x.csv", week));
      assertThrows(IOException.class, () -> sftp.put(bJail + "/inbox/x.csv", week));
      assertThrows(IOException.class, () -> sftp.put("/processed/x.csv", week));
      assertThrows(IOException.class, () -> sftp.sftp.mkdir("/inbox/sub"));
      assertThrows(IOException.class, () -> sftp.sftp.symLink("/inbox/b", bJail.toString()));

      sftp.put("/inbox/mine.csv", week);
      long id = sftp.awaitResult("/processed", "mine.csv");
      assertEquals(2, job(a.code(), id).getCreatedCount());
    }
    assertEquals(2, orderCount(a.code()));
    assertEquals(0, orderCount(b.code()), "nothing of A's drop in B");
    try (var left = Files.list(bJail.resolve("inbox"))) {
      assertEquals(List.of("secret.csv.part"), left.map(p -> p.getFileName().toString()).toList());
    }
    assertTrue(as(b.code(), imports::recent).isEmpty(), "B has no import job from A's login");
  }

  @Test
  void wrongPasswordsAndSuspendedTenantsAreRefusedAndKeysSignIn() throws Exception {
    Tenant t = tenant();
    assertThrows(IOException.class, () -> new Login(t.user(), "not the password", null).close());
    assertThrows(IOException.class, () -> new Login("nobody", t.password(), null).close());

    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(256);
    KeyPair key = g.generateKeyPair();
    assertThrows(IOException.class, () -> new Login(t.user(), null, key).close(), "not added");
    as(t.code(), () -> settings.addKey(PublicKeyEntry.toString(key.getPublic()) + " partner"));
    try (Login sftp = new Login(t.user(), null, key)) {
      assertTrue(sftp.list("/").contains("inbox"));
    }
    SftpSettings.View view = as(t.code(), settings::view);
    assertTrue(view.running());
    assertEquals(server.port(), view.port());
    assertTrue(view.fingerprint().startsWith("SHA256:"), view.fingerprint());
    assertEquals(1, view.login().keys().size());
    assertEquals("partner", view.login().keys().get(0).comment());

    String old = t.password();
    String fresh = as(t.code(), settings::newPassword);
    assertThrows(IOException.class, () -> new Login(t.user(), old, null).close(), "replaced");
    new Login(t.user(), fresh, null).close();

    console.suspend(t.code());
    assertThrows(IOException.class, () -> new Login(t.user(), fresh, null).close());
    assertThrows(IOException.class, () -> new Login(t.user(), null, key).close());
    console.reactivate(t.code());
    new Login(t.user(), fresh, null).close();
  }

  @Test
  void accountantsSeeTheSettingsButCannotChangeTheLogin() {
    String code = Codes.newTenant(console);
    String email = Codes.email(code, "books");
    accounts.setPassword(
        as(code, () -> users.invite(email, "Alba Books", Role.ACCOUNTANT)),
        "accountant pw 1",
        "accountant pw 1");
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    WebSession books = WebSession.signIn(base, email, "accountant pw 1");
    SftpSettings.View view = AsCaller.call(books, settings::view);
    assertEquals(code.toLowerCase(), view.login().username());
    for (Supplier<?> change :
        List.<Supplier<?>>of(settings::newPassword, () -> settings.addKey("ssh-ed25519 AAAA"))) {
      assertInstanceOf(
          ForbiddenException.class,
          unwrap(assertThrows(Exception.class, () -> AsCaller.call(books, change))));
    }
    assertEquals(Optional.empty(), Optional.ofNullable(view.login().passwordChangedAt()));
  }
}
