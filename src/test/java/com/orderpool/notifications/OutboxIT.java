package com.orderpool.notifications;

import static com.orderpool.support.Failures.unwrap;
import static com.orderpool.support.MailInbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.boundary.ReplyToService;
import com.orderpool.notifications.boundary.TemplateInvalidException;
import com.orderpool.notifications.boundary.TemplateService;
import com.orderpool.notifications.control.Outbox;
import com.orderpool.notifications.control.OutboxRelay;
import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.RetrySchedule;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.SwitchableSmtp;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSettings;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;

/**
 * The e-mail outbox against a real GreenMail server: order e-mails arrive in the tenant's language,
 * a rollback sends nothing, SMTP outages are retried, failed e-mails can be retried, templates are
 * per tenant and sandboxed, and no tenant reaches another's outbox.
 */
class OutboxIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject OutboxService outbox;
  @Inject TemplateService templates;
  @Inject OutboxRelay relay;
  @Inject TenantRunner runner;
  @Inject TenantSettings settings;
  @Inject SwitchableSmtp smtp;
  @Inject Outbox queue;
  @Inject ReplyToService replyTo;
  @Inject Clock clock;

  private String tenant(String locale) {
    String code = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Co " + code, code, Codes.email(code, "admin"));
    r.setLocale(locale);
    console.provision(r);
    return code;
  }

  /** 2 x 100.00 + shipping 20.00 at 21 % VAT: total 266.20. */
  private Order order(String code, String email) {
    NewOrder cmd = TestOrders.of(OrderType.BULK, "Derby", 2, "Ann Ávila", email);
    cmd.setLines(List.of(new LineInput("DB-1", "Derby, brown", 2, new BigDecimal("100.00"))));
    cmd.setShippingCost(new BigDecimal("20.00"));
    return runner.call(code, () -> orders.create(cmd));
  }

  private Order cancel(String code, Order o, String reason) {
    return runner.call(code, () -> workflow.cancel(o.getId(), reason, null, o.getVersion()));
  }

  private List<OutboxMessage> mails(String code, long orderId, MailEvent event) {
    return runner.call(code, () -> outbox.ofOrder(orderId)).stream()
        .filter(m -> m.getEvent() == event)
        .toList();
  }

  private OutboxMessage awaitRow(
      String code, long orderId, MailEvent event, Predicate<OutboxMessage> condition) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Optional<OutboxMessage> row =
          mails(code, orderId, event).stream().filter(condition).findFirst();
      if (row.isPresent()) {
        return row.get();
      }
      if (System.nanoTime() > end) {
        throw new AssertionError(
            event + " of order " + orderId + ": " + mails(code, orderId, event));
      }
      MailInbox.pause(200);
    }
  }

  private static MimeMessage awaitMail(String to, String subjectPart) {
    return MailInbox.await(to, subjectContains(subjectPart), WAIT)
        .orElseThrow(() -> new AssertionError("no e-mail '" + subjectPart + "' for " + to));
  }

  private void inTransaction(String code, Runnable work) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      runner.run(code, work);
      tx.commit();
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    }
  }

  @Test
  void cancellingAnOrderEmailsTheCustomerInTheTenantsLanguage() throws Exception {
    String code = tenant("es");
    String to = Codes.email(code, "ann");
    Order o = order(code, to);

    MimeMessage confirmation = awaitMail(to, "Pedido " + o.getNumber() + " recibido");
    String confirmationText = MailInbox.body(confirmation, "text/plain");
    assertTrue(confirmationText.contains("2 x Derby, brown (DB-1)"), confirmationText);
    assertTrue(confirmationText.contains("266,20"), confirmationText);

    runner.call(
        code,
        () ->
            workflow.cancel(
                o.getId(), "Cliente moroso (interno)", "Talla <42> & color", null, o.getVersion()));
    MimeMessage m = awaitMail(to, "cancelado");
    assertEquals("El pedido " + o.getNumber() + " ha sido cancelado", m.getSubject());
    assertEquals(to, ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    assertEquals("Co " + code, ((InternetAddress) m.getFrom()[0]).getPersonal());
    assertEquals("es", m.getHeader("Content-Language")[0]);
    String text = MailInbox.body(m, "text/plain");
    assertTrue(text.startsWith("Hola Ann Ávila:"), text);
    assertTrue(text.contains("Talla <42> & color"), "the message to the customer: " + text);
    String html = MailInbox.body(m, "text/html");
    assertTrue(html.contains(">Talla &lt;42&gt; &amp; color</p>"), html);
    assertFalse(text.contains("moroso") || html.contains("moroso"), "the reason stays internal");
    // replies reach the merchant: by default its first admin
    assertEquals(Codes.email(code, "admin"), ((InternetAddress) m.getReplyTo()[0]).getAddress());
    assertTrue(html.contains("<strong>" + o.getNumber() + "</strong>"), html);

    OutboxMessage row =
        awaitRow(code, o.getId(), MailEvent.ORDER_CANCELLED, r -> r.getStatus() == MailStatus.SENT);
    assertEquals(row.getMessageId(), m.getMessageID());
    assertEquals(1, row.getAttempts());
    assertNotNull(row.getSentAt());
    assertEquals("es", row.getLanguage());
    assertEquals(2, MailInbox.of(to).size(), "confirmation and cancellation, each once");
  }

  @Test
  void aCustomerWithAnOwnLanguageGetsItsEmailsInThatLanguage() throws Exception {
    String code = tenant("en");
    String to = Codes.email(code, "nuria");
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Núria", to);
    cmd.setCustomerLanguage("es");
    Order o = runner.call(code, () -> orders.create(cmd));
    assertEquals("es", o.getCustomerLanguage());
    MimeMessage m = awaitMail(to, "Pedido " + o.getNumber() + " recibido");
    assertEquals("es", m.getHeader("Content-Language")[0]);
    String other = Codes.email(code, "olga");
    Order english = order(code, other);
    awaitMail(other, "Order " + english.getNumber() + " received");
  }

  @Test
  void aRolledBackCancellationSendsNothing() throws Exception {
    String code = tenant("en");
    String to = Codes.email(code, "bob");
    Order o = order(code, to);
    awaitMail(to, "Order " + o.getNumber() + " received");

    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      runner.run(
          code,
          () -> {
            workflow.cancel(o.getId(), "changed my mind", null, o.getVersion());
            assertEquals(1, mails(code, o.getId(), MailEvent.ORDER_CANCELLED).size(), "queued");
          });
    } finally {
      tx.rollback();
    }
    MailInbox.pause(3_000);
    assertTrue(mails(code, o.getId(), MailEvent.ORDER_CANCELLED).isEmpty());
    assertEquals(1, MailInbox.of(to).size(), "only the confirmation");
    assertEquals(Phase.PENDING_PAYMENT, runner.call(code, () -> orders.get(o.getId())).getPhase());
  }

  @Test
  void whileSmtpIsDownAttemptsAreRecordedAndTheMailGoesOutWhenItIsBack() throws Exception {
    String code = tenant("en");
    String to = Codes.email(code, "cy");
    Order o;
    OutboxMessage failed;
    smtp.down();
    try {
      o = order(code, to);
      cancel(code, o, "out of stock");
      failed = awaitRow(code, o.getId(), MailEvent.ORDER_CANCELLED, r -> r.getAttempts() >= 1);
      assertEquals(MailStatus.PENDING, failed.getStatus());
      assertEquals(1, failed.getAttempts());
      assertNotNull(failed.getLastError());
      assertTrue(
          failed.getNextAttemptAt().isAfter(clock.instant().plusSeconds(40)),
          "retried after about a minute: " + failed.getNextAttemptAt());
      assertTrue(MailInbox.of(to).isEmpty());
    } finally {
      smtp.up();
    }
    Instant due = failed.getNextAttemptAt().plusSeconds(1);
    int sent = runner.call(code, () -> relay.deliverDue(due));
    // The confirmation and the cancellation (and the admin's welcome e-mail, if the outage caught
    // it).
    assertTrue(sent >= 2, "the confirmation and the cancellation went out: " + sent);

    MimeMessage m = awaitMail(to, "Order " + o.getNumber() + " has been cancelled");
    OutboxMessage row = runner.call(code, () -> outbox.get(failed.getId()));
    assertEquals(MailStatus.SENT, row.getStatus());
    assertEquals(2, row.getAttempts());
    assertNull(row.getLastError());
    assertEquals(row.getMessageId(), m.getMessageID());
  }

  @Test
  void aMessageThatKeepsFailingIsMarkedFailedAndCanBeRetried() throws Exception {
    String code = tenant("en");
    String to = Codes.email(code, "di");
    Order o;
    OutboxMessage row;
    smtp.down();
    try {
      o = order(code, to);
      cancel(code, o, "duplicate order");
      row = awaitRow(code, o.getId(), MailEvent.ORDER_CANCELLED, r -> r.getAttempts() >= 1);
      Instant at = clock.instant();
      for (int i = 1; i < RetrySchedule.MAX_ATTEMPTS; i++) {
        at = at.plus(Duration.ofHours(7));
        Instant now = at;
        runner.run(code, () -> relay.deliverDue(now));
      }
      long id = row.getId();
      row = runner.call(code, () -> outbox.get(id));
      assertEquals(MailStatus.FAILED, row.getStatus());
      assertEquals(RetrySchedule.MAX_ATTEMPTS, row.getAttempts());
    } finally {
      smtp.up();
    }
    long id = row.getId();
    runner.call(code, () -> outbox.retry(id));
    awaitMail(to, "Order " + o.getNumber() + " has been cancelled");
    OutboxMessage sent =
        awaitRow(code, o.getId(), MailEvent.ORDER_CANCELLED, r -> r.getStatus() == MailStatus.SENT);
    assertEquals(1, sent.getAttempts(), "a retry starts a fresh count");

    Throwable notFailed =
        unwrap(assertThrows(Exception.class, () -> runner.call(code, () -> outbox.retry(id))));
    assertEquals(
        "outbox.retry.notFailed",
        assertInstanceOf(BusinessException.class, notFailed).messageKey());
  }

  @Test
  void tenantTemplatesAreUsedValidatedAndReset() throws Exception {
    String code = tenant("en");
    String to = Codes.email(code, "eve");
    TemplateParts defaults =
        runner.call(code, () -> templates.source(MailEvent.ORDER_CANCELLED, "en"));
    runner.call(
        code,
        () ->
            templates.save(
                MailEvent.ORDER_CANCELLED,
                "en",
                new TemplateParts(
                    "Sorry {{customer.name}}, {{order.number}} is off",
                    "<p>{{order.cancelMessage}}</p>",
                    "Note: {{order.cancelMessage}}")));

    Throwable partial =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            templates.save(
                                MailEvent.ORDER_CANCELLED,
                                "en",
                                new TemplateParts("s", "<p>\n{{> ../../etc/passwd}}</p>", "t")))));
    TemplateInvalidException invalid = assertInstanceOf(TemplateInvalidException.class, partial);
    assertEquals("html", invalid.field());
    assertEquals(2, invalid.line());
    Throwable syntax =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            templates.save(
                                MailEvent.ORDER_CANCELLED,
                                "en",
                                new TemplateParts("s", "h", "a\n{{#lines}}\n")))));
    assertEquals("text", assertInstanceOf(TemplateInvalidException.class, syntax).field());

    String retailer = Codes.email(code, "retailer");
    inTransaction(
        code,
        () -> {
          settings.put("mail.order_confirmation.enabled", "false");
          settings.put("mail.order_cancelled.enabled", "false");
          settings.put("mail.cancelled.copy-to", retailer);
          settings.put("mail.reply-to", "shop@" + code.toLowerCase() + ".example");
        });
    Order o = order(code, to);
    runner.call(
        code,
        () -> workflow.cancel(o.getId(), "fraud check", "wrong colour", null, o.getVersion()));
    MimeMessage m = awaitMail(to, "is off");
    assertEquals("Sorry Ann Ávila, " + o.getNumber() + " is off", m.getSubject());
    assertEquals("Note: wrong colour", MailInbox.body(m, "text/plain").strip());
    assertEquals(
        "shop@" + code.toLowerCase() + ".example",
        ((InternetAddress) m.getReplyTo()[0]).getAddress(),
        "the tenant's own Reply-To");
    assertTrue(mails(code, o.getId(), MailEvent.ORDER_CONFIRMATION).isEmpty(), "switched off");
    assertEquals(1, MailInbox.of(to).size());
    MimeMessage copy = awaitMail(retailer, "is off");
    assertEquals(m.getSubject(), copy.getSubject(), "cancellations cannot be switched off");

    assertTrue(runner.call(code, () -> templates.isCustomised(MailEvent.ORDER_CANCELLED, "en")));
    runner.run(code, () -> templates.resetToDefault(MailEvent.ORDER_CANCELLED, "en"));
    assertEquals(
        defaults, runner.call(code, () -> templates.source(MailEvent.ORDER_CANCELLED, "en")));
  }

  @Test
  void replyToDefaultsToTheAdminAndRefusesWhatIsNotAnAddress() {
    String code = tenant("en");
    String admin = Codes.email(code, "admin");
    assertEquals(new ReplyToService.ReplyTo("", admin), runner.call(code, () -> replyTo.replyTo()));
    String shop = "shop@" + code.toLowerCase() + ".example";
    assertEquals(
        new ReplyToService.ReplyTo(shop, shop), runner.call(code, () -> replyTo.save(shop)));
    assertThrows(Exception.class, () -> runner.call(code, () -> replyTo.save("not an address")));
    assertEquals(shop, runner.call(code, () -> replyTo.replyTo()).effective(), "nothing changed");
    String other = tenant("en");
    assertEquals(
        Codes.email(other, "admin"),
        runner.call(other, () -> replyTo.replyTo()).effective(),
        "another tenant keeps its own");
    assertEquals(new ReplyToService.ReplyTo("", admin), runner.call(code, () -> replyTo.save("")));
  }

  @Test
  void attachmentsArriveByteForByte() throws Exception {
    String code = tenant("en");
    String to = Codes.email(code, "gil");
    byte[] pdf = new byte[3000];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i % 7 == 0 ? '\n' : i % 11 == 0 ? '\r' : i);
    }
    inTransaction(
        code,
        () ->
            queue.enqueue(
                MailEvent.INVOICE_ISSUED,
                to,
                "en",
                new RenderedMail("Invoice F-2026-0001", "<p>Attached.</p>", "Attached."),
                null,
                List.of(new MailAttachment("F-2026-0001.pdf", "application/pdf", pdf))));
    MimeMessage m = awaitMail(to, "Invoice F-2026-0001");
    Multipart mixed = (Multipart) m.getContent();
    assertEquals(2, mixed.getCount());
    BodyPart file = mixed.getBodyPart(1);
    assertEquals("F-2026-0001.pdf", file.getFileName());
    assertTrue(file.isMimeType("application/pdf"));
    assertArrayEquals(pdf, file.getInputStream().readAllBytes());
    assertEquals("Attached.", MailInbox.body(m, "text/plain"));
  }

  @Test
  void aMalformedAddressFailsAtOnceWithoutRetries() throws Exception {
    String code = tenant("en");
    long[] id = new long[1];
    inTransaction(
        code,
        () ->
            id[0] =
                queue
                    .enqueue(
                        MailEvent.NOTIFY_CUSTOMER,
                        "not an address@",
                        "en",
                        new RenderedMail("Hello", "<p>x</p>", "x"),
                        null,
                        List.of())
                    .getId());
    long end = System.nanoTime() + WAIT.toNanos();
    OutboxMessage row = runner.call(code, () -> outbox.get(id[0]));
    while (row.getStatus() == MailStatus.PENDING && System.nanoTime() < end) {
      MailInbox.pause(200);
      row = runner.call(code, () -> outbox.get(id[0]));
    }
    assertEquals(MailStatus.FAILED, row.getStatus());
    assertEquals(1, row.getAttempts());
    assertTrue(row.getLastError().contains("AddressException"), row.getLastError());
  }

  @Test
  void aTenantCannotSeeOrRetryAnotherTenantsMailOrTemplates() {
    String a = tenant("en");
    String b = tenant("en");
    String to = Codes.email(a, "fay");
    Order o = order(a, to);
    OutboxMessage row =
        awaitRow(a, o.getId(), MailEvent.ORDER_CONFIRMATION, r -> r.getStatus() == MailStatus.SENT);
    long id = row.getId();

    assertInstanceOf(
        NotFoundException.class,
        unwrap(assertThrows(Exception.class, () -> runner.call(b, () -> outbox.get(id)))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(assertThrows(Exception.class, () -> runner.call(b, () -> outbox.retry(id)))));
    assertTrue(
        runner.call(b, () -> outbox.recent(50)).stream()
            .noneMatch(m -> to.equals(m.getRecipient())),
        "B's outbox holds only its own admin's welcome e-mail");
    assertTrue(runner.call(b, () -> outbox.ofOrder(o.getId())).isEmpty());

    runner.call(
        a,
        () ->
            templates.save(
                MailEvent.ORDER_SENT, "en", new TemplateParts("A only", "<p>a</p>", "a")));
    assertFalse(runner.call(b, () -> templates.isCustomised(MailEvent.ORDER_SENT, "en")));
    assertFalse(
        runner
            .call(b, () -> templates.source(MailEvent.ORDER_SENT, "en"))
            .subject()
            .equals("A only"));
  }
}
