package com.orderpool.imports;

import static com.orderpool.imports.ImportsIT.HEADER;
import static com.orderpool.imports.ImportsIT.one;
import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.imports.boundary.FileExpectation;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.control.MissingFileAlarm;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.support.AsCaller;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The missing-file alarm against the real database and mail server: a tenant that expects a file
 * every N hours gets one e-mail to its admins per gap, a file ends the gap, and nothing of it
 * reaches another tenant.
 */
class MissingFileAlarmIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject Imports imports;
  @Inject MissingFileAlarm alarm;
  @Inject TenantRunner runner;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject HttpServletRequest request;

  private FileExpectation expectation(String code) {
    return runner.call(code, imports::expectation);
  }

  private ImportJob send(String code, String reference) {
    String csv = HEADER + one(reference, "ana@a.example", "DRB-1", "10.00");
    return runner.call(
        code,
        () ->
            imports.upload(
                "daily.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                Locale.ENGLISH));
  }

  private static List<MimeMessage> alarms(String code) {
    return MailInbox.of(Codes.email(code, "admin")).stream()
        .filter(MailInbox.subjectContains("No order file since"))
        .toList();
  }

  private static void awaitAlarms(String code, int count) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (alarms(code).size() < count && System.nanoTime() < end) {
      MailInbox.pause(250);
    }
    assertEquals(count, alarms(code).size(), "alarm e-mails to the admin of " + code);
  }

  @Test
  void aLateFileEmailsTheAdminsOnceAndTheNextFileEndsTheGap() throws Exception {
    String code = Codes.newTenant(console);
    Instant set = Instant.now();
    FileExpectation e = runner.call(code, () -> imports.expectFiles(6));
    assertEquals(6, e.everyHours());
    assertNull(e.lastFileAt(), "no file yet");
    assertFalse(e.overdue());
    assertTrue(
        Math.abs(Duration.between(set.plus(Duration.ofHours(6)), e.dueAt()).toSeconds()) < 60,
        "due six hours from now: " + e.dueAt());

    assertFalse(alarm.runAll(set.plus(Duration.ofHours(5))).contains(code), "not late yet");
    assertTrue(alarm.runAll(set.plus(Duration.ofHours(7))).contains(code), "late");
    assertFalse(alarm.runAll(set.plus(Duration.ofHours(8))).contains(code), "told once a gap");
    awaitAlarms(code, 1);
    String text = MailInbox.text(alarms(code).get(0));
    assertTrue(text.contains("every 6 hours"), text);
    assertTrue(text.contains("Co " + code), text);

    ImportJob job = send(code, "D-1");
    FileExpectation after = expectation(code);
    assertEquals(job.getCreatedAt(), after.lastFileAt());
    assertEquals(job.getCreatedAt().plus(Duration.ofHours(6)), after.dueAt());
    assertFalse(after.overdue());
    assertFalse(after.alarmed(), "the file ended the gap");

    Instant nextGap = job.getCreatedAt().plus(Duration.ofHours(6)).plusSeconds(60);
    assertFalse(alarm.runAll(nextGap.minus(Duration.ofHours(1))).contains(code));
    assertTrue(alarm.runAll(nextGap).contains(code), "a new gap, a new alarm");
    awaitAlarms(code, 2);
  }

  @Test
  void hoursOutOfRangeAreRefusedOnTheFieldAndEmptyExpectsNothing() {
    String code = Codes.newTenant(console);
    for (int hours : new int[] {-1, 169, 1000}) {
      BusinessException refused =
          assertInstanceOf(
              BusinessException.class,
              unwrap(
                  assertThrows(
                      Exception.class, () -> runner.call(code, () -> imports.expectFiles(hours)))));
      assertEquals("everyHours", refused.field());
      assertEquals("imports.expect.range", refused.messageKey());
    }
    assertNull(expectation(code), "nothing was kept");
    assertNotNull(runner.call(code, () -> imports.expectFiles(168)));
    assertNull(runner.call(code, () -> imports.expectFiles(0)));
    assertNull(expectation(code));
    assertFalse(alarm.runAll(Instant.now().plus(Duration.ofDays(30))).contains(code));
  }

  @Test
  void anotherTenantNeitherSeesNorMovesTheExpectationAndGetsNoAlarm() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    FileExpectation ofA = runner.call(a, () -> imports.expectFiles(2));
    assertNull(expectation(b), "B expects nothing and sees nothing of A's");
    send(b, "B-1");
    assertEquals(ofA, expectation(a), "B's file does not count for A");
    assertNull(expectation(b));

    Instant late = ofA.dueAt().plusSeconds(60);
    List<String> told = alarm.runAll(late);
    assertTrue(told.contains(a));
    assertFalse(told.contains(b));
    awaitAlarms(a, 1);
    assertEquals(0, alarms(b).size());
  }

  @Test
  void aSuspendedTenantIsNotAlarmedAndAnAccountantSeesButCannotChange() {
    String code = Codes.newTenant(console);
    FileExpectation e = runner.call(code, () -> imports.expectFiles(1));
    String email = Codes.email(code, "books");
    accounts.setPassword(
        runner.call(code, () -> users.invite(email, "Alba Books", Role.ACCOUNTANT)),
        "accountant pw 1",
        "accountant pw 1");
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    WebSession books = WebSession.signIn(base, email, "accountant pw 1");
    assertEquals(e, AsCaller.call(books, imports::expectation));
    assertInstanceOf(
        ForbiddenException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> AsCaller.call(books, () -> imports.expectFiles(5)))));
    assertEquals(1, expectation(code).everyHours(), "unchanged");

    console.suspend(code);
    assertFalse(alarm.runAll(e.dueAt().plusSeconds(60)).contains(code), "suspended");
    console.reactivate(code);
    assertTrue(alarm.runAll(e.dueAt().plusSeconds(60)).contains(code), "active again");
  }
}
