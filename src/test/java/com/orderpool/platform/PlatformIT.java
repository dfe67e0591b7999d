package com.orderpool.platform;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.Config;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.TenantRow;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.AdminPasswordFile;
import com.orderpool.platform.control.PasswordHasher;
import com.orderpool.platform.control.PlatformAdmins;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.platform.control.SignInThrottle;
import com.orderpool.platform.control.TenantProvisioner;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.UserAccount;
import com.orderpool.platform.security.FirstSignIn;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.RawHttp;
import com.orderpool.support.TestOrders;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.SchemaMigrator;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Provisioning, validation, rollback of a failed provisioning, suspension, users and login;
 * sessions that end with their account (over HTTP), hash upgrades, sign-in and reset throttling,
 * and invitations that reveal no other tenant's addresses.
 */
class PlatformIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject TenantProvisioner provisioner;
  @Inject PlatformStore store;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject com.orderpool.reports.boundary.BrandingService branding;
  @Inject OrderService orders;
  @Inject TenantRunner runner;
  @Inject PlatformAdmins admins;
  @Inject HttpServletRequest request;

  @Inject PersistenceUnits units;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  private ProvisionResult provision(String code) {
    ProvisionRequest r = new ProvisionRequest("Company " + code, code, Codes.email(code, "admin"));
    return console.provision(r);
  }

  @Test
  void provisioningCreatesSchemaSettingsAndAdminWithOneTimeLink() throws Exception {
    String code = Codes.fresh();
    ProvisionResult result = provision(code.toLowerCase());
    assertEquals(code, result.code());
    assertTrue(schemaExists("tenant_" + code.toLowerCase()));
    assertEquals(code, store.requireTenant(code).getCode());

    String token = result.setPasswordToken();
    assertEquals(Codes.email(code, "admin"), accounts.tokenOwner(token));
    assertTrue(
        accounts.login(Codes.email(code, "admin"), "whatever-password", "192.0.2.1").isEmpty());
    accounts.setPassword(token, "correct horse battery", "correct horse battery");
    assertThrows(NotFoundException.class, () -> accounts.tokenOwner(token), "link is one-time");
    AccountService.Login login =
        accounts
            .login(Codes.email(code, "admin"), "correct horse battery", "192.0.2.1")
            .orElseThrow();
    assertEquals(Role.TENANT_ADMIN, login.role());
    assertEquals(code, login.principal().tenantCode());

    String number =
        runner
            .call(
                code,
                () -> orders.create(TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann", "ann@x.test")))
            .getNumber();
    assertEquals("10001-" + code, number);
    List<TenantRow> rows = console.tenants(new PageRequest(0, 10, null, false, code));
    assertEquals(1, rows.size());
    assertEquals(1, rows.get(0).users());
    assertEquals(1, rows.get(0).orders());
  }

  @Test
  void customNumberStartIsUsed() {
    String code = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Start Co", code, Codes.email(code, "admin"));
    r.setNumberStart(500L);
    console.provision(r);
    String number =
        runner
            .call(
                code,
                () -> orders.create(TestOrders.of(OrderType.BULK, "Boot", 10, "Bo", "bo@x.test")))
            .getNumber();
    assertEquals("500-" + code, number);
  }

  @Test
  void sellerAddressAndVatIdGivenAtProvisioningGoOnInvoicesAndSilenceTheBanner() {
    String with = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Seller Co", with, Codes.email(with, "admin"));
    r.setSellerAddress("  Carrer Gran 1\n08001 Barcelona ");
    r.setVatId("ESB12345674");
    console.provision(r);
    String without = Codes.fresh();
    console.provision(new ProvisionRequest("Bare Co", without, Codes.email(without, "admin")));

    assertTrue(runner.call(with, () -> branding.sellerIdentityComplete()));
    assertEquals(
        "Carrer Gran 1\n08001 Barcelona", runner.call(with, () -> branding.load().getAddress()));
    assertEquals("ESB12345674", runner.call(with, () -> branding.load().getVatId()));
    assertFalse(runner.call(without, () -> branding.sellerIdentityComplete()), "banner shown");

    ProvisionRequest bad = new ProvisionRequest("Bad Co", Codes.fresh(), "bad@bad.test");
    bad.setVatId("ES<script>");
    assertThrows(Exception.class, () -> console.provision(bad));
  }

  @Test
  void invalidInputIsRejectedAndCreatesNothing() throws Exception {
    String code = Codes.fresh();
    assertViolation(() -> console.provision(new ProvisionRequest("Bad", "B1", "a@b.test")), "code");
    assertViolation(
        () -> console.provision(new ProvisionRequest("Bad", "ABCD", "a@b.test")), "code");
    assertViolation(
        () -> console.provision(new ProvisionRequest(" ", code, "a@b.test")), "companyName");
    assertViolation(
        () -> console.provision(new ProvisionRequest("Bad", code, "not-an-email")), "adminEmail");
    assertFalse(store.tenant(code).isPresent());
    assertFalse(schemaExists("tenant_" + code.toLowerCase()));

    provision(code);
    Throwable dup = unwrap(assertThrows(Exception.class, () -> provision(code)));
    assertInstanceOf(ConflictException.class, dup);
    assertEquals("code", ((BusinessException) dup).field());

    String other = Codes.fresh();
    Throwable email =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    console.provision(
                        new ProvisionRequest("X", other, Codes.email(code, "admin")))));
    assertEquals("adminEmail", ((BusinessException) email).field());
    assertFalse(schemaExists("tenant_" + other.toLowerCase()), "no schema for a rejected tenant");
  }

  @Test
  void failedMigrationLeavesNoHalfTenant() throws Exception {
    String code = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Broken Co", code, Codes.email(code, "admin"));
    List<String> broken = List.of("classpath:db/tenant", "classpath:db/test-broken");
    assertThrows(Exception.class, () -> provisioner.provision(r, broken));
    assertFalse(store.tenant(code).isPresent(), "no platform row");
    assertFalse(store.user(Codes.email(code, "admin")).isPresent(), "no admin user");
    assertFalse(schemaExists("tenant_" + code.toLowerCase()), "schema dropped");
    provisioner.provision(r, SchemaMigrator.TENANT_MIGRATIONS);
    assertTrue(store.tenant(code).isPresent(), "the code is usable after the failure");
  }

  @Test
  void suspendedTenantCannotLogIn() {
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    accounts.setPassword(result.setPasswordToken(), "long enough pw", "long enough pw");
    assertTrue(accounts.login(result.adminEmail(), "long enough pw", "192.0.2.2").isPresent());
    console.suspend(code);
    assertTrue(accounts.login(result.adminEmail(), "long enough pw", "192.0.2.2").isEmpty());
    console.reactivate(code);
    assertTrue(accounts.login(result.adminEmail(), "long enough pw", "192.0.2.2").isPresent());
  }

  @Test
  void fiveFailuresFromOneAddressLockTheAccountThereOnly() {
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    accounts.setPassword(result.setPasswordToken(), "the right password", "the right password");
    for (int i = 0; i < 5; i++) {
      assertTrue(accounts.login(result.adminEmail(), "wrong password " + i, "192.0.2.3").isEmpty());
    }
    assertTrue(
        accounts.login(result.adminEmail(), "the right password", "192.0.2.3").isEmpty(),
        "refused at that address even with the right password");
    assertTrue(
        accounts.login(result.adminEmail(), "the right password", "198.51.100.3").isPresent(),
        "the owner signs in from elsewhere");
  }

  @Test
  void passwordRulesAreChecked() {
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    BusinessException shortPw =
        assertThrows(
            BusinessException.class,
            () -> accounts.setPassword(result.setPasswordToken(), "short", "short"));
    assertEquals("password", shortPw.field());
    BusinessException mismatch =
        assertThrows(
            BusinessException.class,
            () ->
                accounts.setPassword(result.setPasswordToken(), "long enough 1", "long enough 2"));
    assertEquals("confirmation", mismatch.field());
  }

  @Test
  void tenantAdminManagesOnlyOwnUsers() {
    String a = Codes.fresh();
    String b = Codes.fresh();
    provision(a);
    provision(b);
    String token =
        runner.call(a, () -> users.invite(Codes.email(a, "staff"), "Staff A", Role.STAFF));
    assertEquals(Codes.email(a, "staff"), accounts.tokenOwner(token));
    assertEquals(2, runner.call(a, () -> users.users()).size());
    assertEquals(1, runner.call(b, () -> users.users()).size(), "B sees only its own users");

    long staffId = store.user(Codes.email(a, "staff")).orElseThrow().getId();
    Throwable crossTenant =
        unwrap(assertThrows(Exception.class, () -> runner.run(b, () -> users.deactivate(staffId))));
    assertInstanceOf(NotFoundException.class, crossTenant, "B cannot touch A's user: 404");
    assertTrue(store.user(Codes.email(a, "staff")).orElseThrow().isActive());

    runner.run(a, () -> users.deactivate(staffId));
    assertFalse(store.user(Codes.email(a, "staff")).orElseThrow().isActive());
    accounts.setPassword(token, "staff password", "staff password");
    assertTrue(
        accounts.login(Codes.email(a, "staff"), "staff password", "192.0.2.4").isEmpty(),
        "inactive users cannot log in");

    Throwable dup =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(a, () -> users.invite(Codes.email(a, "staff"), "X", Role.STAFF))));
    assertInstanceOf(ConflictException.class, dup, "an own user's address is refused as taken");
    assertEquals("user.email.taken", ((BusinessException) dup).messageKey());
  }

  @Test
  void aSessionEndsWhenItsAccountIsDeactivatedOrGetsANewPassword() {
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    accounts.setPassword(result.setPasswordToken(), "admin password 1", "admin password 1");
    String staff = Codes.email(code, "staff");
    String staffToken = runner.call(code, () -> users.invite(staff, "Sam", Role.STAFF));
    accounts.setPassword(staffToken, "staff password 1", "staff password 1");
    WebSession admin = WebSession.signIn(base(), result.adminEmail(), "admin password 1");
    WebSession sam = WebSession.signIn(base(), staff, "staff password 1");
    WebSession samElsewhere = WebSession.signIn(base(), staff, "staff password 1");
    sam.assertShowsPool(code);

    long samId = store.user(staff).orElseThrow().getId();
    runner.run(code, () -> users.deactivate(samId));
    sam.assertSentToLogin("ended=1");
    admin.assertShowsPool(code);
    runner.run(code, () -> users.reactivate(samId));
    samElsewhere.assertSentToLogin("ended=1");

    String reset = store.issueResetToken(store.user(result.adminEmail()).orElseThrow());
    accounts.setPassword(reset, "admin password 2", "admin password 2");
    admin.assertSentToLogin("ended=1");
    WebSession.signIn(base(), result.adminEmail(), "admin password 2").assertShowsPool(code);
    WebSession.signIn(base(), staff, "staff password 1").assertShowsPool(code);
  }

  @Test
  void suspendingATenantEndsItsSessionsForGood() {
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    accounts.setPassword(result.setPasswordToken(), "admin password 1", "admin password 1");
    WebSession first = WebSession.signIn(base(), result.adminEmail(), "admin password 1");
    WebSession second = WebSession.signIn(base(), result.adminEmail(), "admin password 1");
    first.assertShowsPool(code);

    console.suspend(code);
    first.assertSentToLogin("suspended=1");
    console.reactivate(code);
    second.assertSentToLogin("ended=1");
    WebSession.signIn(base(), result.adminEmail(), "admin password 1").assertShowsPool(code);
  }

  @Test
  void anOlderHashIsReplacedAtTheNextSignInAndStillVerifies() throws Exception {
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    String email = result.adminEmail();
    accounts.setPassword(result.setPasswordToken(), "old format password", "old format password");
    String old = PasswordHasher.hash("old format password", 210_000);
    rows()
        .update(
            "UPDATE orderpool_platform.user_account SET password_hash = ? WHERE email = ?",
            old,
            email);
    units.emf().getCache().evict(UserAccount.class);
    assertEquals(old, rows().passwordHash(email));
    long sessions = store.user(email).orElseThrow().getSessionVersion();

    assertTrue(accounts.login(email, "old format password", "192.0.2.5").isPresent());
    String upgraded = rows().passwordHash(email);
    assertNotEquals(old, upgraded);
    assertTrue(upgraded.startsWith("pbkdf2-sha256$600000$"), upgraded);
    assertTrue(PasswordHasher.verify("old format password", upgraded));
    assertTrue(PasswordHasher.verify("old format password", old), "the old hash still verifies");
    assertEquals(
        sessions,
        store.user(email).orElseThrow().getSessionVersion(),
        "the same password in a new format ends no session");

    assertTrue(accounts.login(email, "old format password", "192.0.2.5").isPresent());
    assertEquals(upgraded, rows().passwordHash(email), "a current hash is left alone");
  }

  @Test
  void failuresFromOneAddressNeverLockThePlatformAdminOutElsewhere() {
    String adminEmail = Config.get("orderpool.admin.email").orElseThrow();
    String adminPassword = Config.get("orderpool.admin.password").orElseThrow();
    String code = Codes.fresh();
    ProvisionResult result = provision(code);
    accounts.setPassword(result.setPasswordToken(), "tenant admin pw", "tenant admin pw");
    String attacker = "203.0.113.66";
    for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
      assertTrue(accounts.login(adminEmail, "guess " + i, attacker).isEmpty());
    }
    assertTrue(
        accounts.login(adminEmail, adminPassword, attacker).isEmpty(),
        "the guessing address is refused, even with the right password");
    assertTrue(
        accounts.login(result.adminEmail(), "tenant admin pw", attacker).isEmpty(),
        "and for every other account too");
    AccountService.Login admin =
        accounts.login(adminEmail, adminPassword, "198.51.100.66").orElseThrow();
    assertEquals(Role.PLATFORM_ADMIN, admin.role(), "the platform admin signs in from elsewhere");
    assertTrue(
        accounts.login(result.adminEmail(), "tenant admin pw", "2001:db8:66::1").isPresent());
  }

  private PlatformRows rows() {
    return new PlatformRows(dataSource);
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
  }

  @Test
  void aGeneratedAdminPasswordIsInAPrivateFileAndTheFirstSignInAsksForANewOne() throws Exception {
    String email = "generated-" + Codes.fresh().toLowerCase() + "@orderpool.test";
    Path dir = Files.createTempDirectory("admin-file");
    Path file = admins.create(email, Optional.empty(), dir).orElseThrow();
    assertEquals(dir.resolve(AdminPasswordFile.NAME), file);
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    String content = Files.readString(file);
    assertTrue(content.contains(email), content);
    Matcher m = Pattern.compile("password: (\\S+)").matcher(content);
    assertTrue(m.find(), content);
    String generated = m.group(1);
    AccountService.Login first = accounts.login(email, generated, "192.0.2.41").orElseThrow();
    assertTrue(first.mustChangePassword());

    int port = request.getLocalPort();
    RawHttp http = new RawHttp(port, "localhost:" + port);
    RawHttp.Response loginPage = http.get("/login.xhtml");
    RawHttp.Response signedIn =
        http.postForm(
            "/login.xhtml",
            "login",
            loginPage.viewState(),
            Map.of("email", email, "password", generated, "submit", ""));
    assertEquals(302, signedIn.status(), signedIn.body());
    assertTrue(
        signedIn.location().orElseThrow().endsWith(FirstSignIn.PAGE), signedIn.headers()::toString);
    for (String elsewhere : List.of("/platform/tenants.xhtml", "/index.xhtml")) {
      RawHttp.Response r = http.get(elsewhere);
      assertEquals(302, r.status(), elsewhere);
      assertTrue(r.location().orElseThrow().endsWith(FirstSignIn.PAGE), elsewhere);
    }
    RawHttp.Response change = http.get(FirstSignIn.PAGE);
    assertEquals(200, change.status());
    assertTrue(change.body().contains("changeIntro"), change.body());
    RawHttp.Response same =
        http.postForm(
            FirstSignIn.PAGE,
            "change",
            change.viewState(),
            Map.of("password", generated, "confirmation", generated, "submit", ""));
    assertTrue(same.body().contains("Choose a password other than the generated one"), same.body());
    RawHttp.Response done =
        http.postForm(
            FirstSignIn.PAGE,
            "change",
            same.viewState(),
            Map.of(
                "password", "my own admin password",
                "confirmation", "my own admin password",
                "submit", ""));
    assertEquals(302, done.status(), done.body());
    assertTrue(done.location().orElseThrow().contains("/login.xhtml?passwordChanged=1"));
    AccountService.Login after =
        accounts.login(email, "my own admin password", "192.0.2.41").orElseThrow();
    assertFalse(after.mustChangePassword());
    assertEquals(Role.PLATFORM_ADMIN, after.role());
    assertTrue(accounts.login(email, generated, "192.0.2.41").isEmpty());

    String configuredEmail = "configured-" + Codes.fresh().toLowerCase() + "@orderpool.test";
    Path other = Files.createTempDirectory("admin-file");
    assertTrue(
        admins.create(configuredEmail, Optional.of("a configured password"), other).isEmpty());
    assertFalse(Files.exists(other.resolve(AdminPasswordFile.NAME)));
    assertFalse(
        accounts
            .login(configuredEmail, "a configured password", "192.0.2.41")
            .orElseThrow()
            .mustChangePassword());
  }

  private boolean schemaExists(String schema) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1) == 1;
      }
    }
  }

  private static void assertViolation(Runnable call, String property) {
    Throwable t = unwrap(assertThrows(Exception.class, call::run));
    ConstraintViolationException cve = assertInstanceOf(ConstraintViolationException.class, t);
    assertTrue(
        cve.getConstraintViolations().stream()
            .anyMatch(v -> v.getPropertyPath().toString().endsWith(property)),
        () -> "expected a violation on " + property + " but got " + cve.getConstraintViolations());
  }
}
