package com.orderpool.notifications;

import static com.orderpool.support.Failures.unwrap;
import static com.orderpool.support.MailInbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.NotifyCustomer;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.boundary.PlatformOutbox;
import com.orderpool.notifications.boundary.TemplateInvalidException;
import com.orderpool.notifications.boundary.TemplateService;
import com.orderpool.notifications.control.Outbox;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateEntry;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;

/**
 * The boundaries behind the e-mail pages: notify customer (queued, delivered, in the history),
 * template previews against sample and real orders (never another tenant's), the platform console's
 * outbox per tenant, and retrying a failed e-mail from the listing.
 */
class MailUiIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject NotifyCustomer notify;
  @Inject TemplateService templates;
  @Inject OutboxService outbox;
  @Inject PlatformOutbox platform;
  @Inject Outbox queue;
  @Inject TenantRunner runner;

  private String tenant(String locale) {
    String code = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Co " + code, code, Codes.email(code, "admin"));
    r.setLocale(locale);
    console.provision(r);
    return code;
  }

  private Order order(String code, String email) {
    return runner.call(
        code, () -> orders.create(TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", email)));
  }

  private static Throwable failure(Runnable work) {
    return unwrap(assertThrows(Exception.class, work::run));
  }

  private static String text(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        String found = text(mp.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
    long end = System.nanoTime() + WAIT.toNanos();
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < end) {
      MailInbox.pause(200);
      value = read.get();
    }
    return value;
  }

  @Test
  void notifyingTheCustomerQueuesOneEmailWithTheMessageAndRecordsIt() throws Exception {
    String code = tenant("es");
    String to = Codes.email(code, "ann");
    Order o = order(code, to);
    String message = "Tus botas <Derby> están cosidas & listas";

    RenderedMail preview =
        runner.call(code, () -> notify.preview(o.getId(), MailEvent.NOTIFY_CUSTOMER, message));
    assertEquals("Novedades sobre tu pedido " + o.getNumber(), preview.subject());
    assertTrue(preview.html().contains("Tus botas &lt;Derby&gt; están cosidas &amp; listas"));

    OutboxRow queued =
        runner.call(code, () -> notify.send(o.getId(), MailEvent.NOTIFY_CUSTOMER, message));
    assertEquals(to, queued.recipient());

    List<OutboxMessage> rows =
        runner.call(code, () -> outbox.ofOrder(o.getId())).stream()
            .filter(m -> m.getEvent() == MailEvent.NOTIFY_CUSTOMER)
            .toList();
    assertEquals(1, rows.size());
    assertEquals("es", rows.get(0).getLanguage());
    assertTrue(rows.get(0).getTextBody().contains(message), rows.get(0).getTextBody());

    List<OrderHistoryEntry> notified =
        runner.call(code, () -> orders.history(o.getId())).stream()
            .filter(h -> h.getField().equals("notified"))
            .toList();
    assertEquals(1, notified.size());
    assertEquals("notify_customer", notified.get(0).getOldValue());
    assertEquals(preview.subject(), notified.get(0).getNewValue());

    MimeMessage m =
        MailInbox.await(to, subjectContains("Novedades sobre tu pedido"), WAIT)
            .orElseThrow(() -> new AssertionError("no notification for " + to));
    assertTrue(text(m).contains(message), text(m));

    Throwable blank =
        failure(
            () -> runner.call(code, () -> notify.send(o.getId(), MailEvent.NOTIFY_CUSTOMER, "  ")));
    assertEquals(
        "notify.message.required", assertInstanceOf(BusinessException.class, blank).messageKey());
    Throwable automatic =
        failure(
            () -> runner.call(code, () -> notify.send(o.getId(), MailEvent.ORDER_CANCELLED, "x")));
    assertEquals(
        "notify.template.notAllowed",
        assertInstanceOf(BusinessException.class, automatic).messageKey());
  }

  @Test
  void previewsUseASampleOrTheTenantsOwnOrderButNeverAnotherTenants() {
    String a = tenant("en");
    String b = tenant("en");
    Order o = order(a, Codes.email(a, "bo"));
    TemplateParts parts =
        new TemplateParts("About {{order.number}}", "<p>{{message}}</p>", "{{customer.name}}");

    RenderedMail sample = runner.call(a, () -> templates.preview(parts, "en", null, "hi"));
    assertEquals("About 10042-" + a, sample.subject());
    assertTrue(sample.html().contains("<p>hi</p>"), sample.html());
    RenderedMail returned =
        runner.call(
            a,
            () ->
                templates.preview(
                    templates.source(MailEvent.RETURN_RECEIVED, "es"), "es", null, ""));
    assertTrue(returned.text().contains("Talla incorrecta"), "a sample return: " + returned.text());
    RenderedMail tracked =
        runner.call(
            a,
            () -> templates.preview(templates.source(MailEvent.TRACK_TRACE, "en"), "en", null, ""));
    assertTrue(tracked.text().contains("1Z999AA10123456784"), tracked.text());
    RenderedMail real = runner.call(a, () -> templates.preview(parts, "en", o.getNumber(), ""));
    assertEquals("About " + o.getNumber(), real.subject());
    assertEquals("Ann Ávila", real.text());

    assertInstanceOf(
        NotFoundException.class,
        failure(() -> runner.call(b, () -> templates.preview(parts, "en", o.getNumber(), ""))));
    assertInstanceOf(
        NotFoundException.class,
        failure(
            () -> runner.call(b, () -> notify.preview(o.getId(), MailEvent.NOTIFY_CUSTOMER, ""))));
    assertInstanceOf(
        NotFoundException.class,
        failure(
            () -> runner.call(b, () -> notify.send(o.getId(), MailEvent.NOTIFY_CUSTOMER, "x"))));

    Throwable broken =
        failure(
            () ->
                runner.call(
                    a,
                    () ->
                        templates.preview(
                            new TemplateParts("s", "<p>ok</p>\n{{> header}}", "t"),
                            "en",
                            null,
                            "")));
    TemplateInvalidException invalid = assertInstanceOf(TemplateInvalidException.class, broken);
    assertEquals("html", invalid.field());
    assertEquals(2, invalid.line());

    runner.call(a, () -> templates.save(MailEvent.NOTIFY_CUSTOMER, "es", parts));
    List<TemplateEntry> overview = runner.call(a, () -> templates.overview());
    assertEquals(MailEvent.values().length * 2, overview.size());
    assertEquals(
        List.of("notify_customer/es"),
        overview.stream().filter(TemplateEntry::customised).map(TemplateEntry::key).toList());
    assertTrue(
        runner.call(b, () -> templates.overview()).stream().noneMatch(TemplateEntry::customised));
  }

  @Test
  void thePlatformOutboxListsOneTenantAtATimeWithoutBodies() {
    String a = tenant("en");
    String b = tenant("en");
    String customer = Codes.email(a, "cy");
    Order o = order(a, customer);

    List<OutboxRow> rows =
        await(
            () -> platform.page(a, MailStatus.SENT, 0, 20),
            r -> r.stream().anyMatch(x -> customer.equals(x.recipient()) && x.sentAt() != null));
    OutboxRow confirmation =
        rows.stream().filter(x -> customer.equals(x.recipient())).findFirst().orElseThrow();
    assertTrue(confirmation.subject().startsWith("Order " + o.getNumber() + " received"));
    assertEquals(2, platform.count(a, null), "the admin's welcome and the order confirmation");
    assertEquals(0, platform.count(a, MailStatus.FAILED));
    assertEquals(1, platform.count(b, null), "only B's own admin welcome");
    assertTrue(
        platform.page(b, null, 0, 20).stream().noneMatch(x -> customer.equals(x.recipient())));
    assertTrue(platform.tenants(a.toLowerCase()).stream().anyMatch(t -> t.code().equals(a)));
    assertInstanceOf(NotFoundException.class, failure(() -> platform.count("ZZZZ", null)));
  }

  @Test
  void aFailedEmailIsListedAndCanBeRetriedByTheTenantOrThePlatform() throws Exception {
    String code = tenant("en");
    long id = queueToBadAddress(code);
    OutboxRow failed =
        await(
                () -> runner.call(code, () -> outbox.page(MailStatus.FAILED, 0, 10)),
                r -> !r.isEmpty())
            .get(0);
    assertEquals(id, failed.id());
    assertTrue(failed.isFailed());
    assertTrue(failed.lastError().contains("AddressException"), failed.lastError());
    assertEquals(1, runner.call(code, () -> outbox.count(MailStatus.FAILED)));

    OutboxRow retried = platform.retry(code, id);
    assertEquals(MailStatus.PENDING, retried.status());
    assertEquals(0, retried.attempts());
    await(() -> runner.call(code, () -> outbox.get(id)).getStatus(), s -> s == MailStatus.FAILED);
    OutboxMessage again = runner.call(code, () -> outbox.retry(id));
    assertEquals(MailStatus.PENDING, again.getStatus());

    String other = tenant("en");
    assertInstanceOf(
        NotFoundException.class, failure(() -> runner.call(other, () -> outbox.retry(id))));
    assertFalse(platform.page(other, null, 0, 10).stream().anyMatch(r -> r.id() == id));
  }

  private long queueToBadAddress(String code) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      long id =
          runner.call(
              code,
              () ->
                  queue
                      .enqueue(
                          MailEvent.NOTIFY_CUSTOMER,
                          "no address@",
                          "en",
                          new RenderedMail("Hello", "<p>x</p>", "x"),
                          null,
                          List.of())
                      .getId());
      tx.commit();
      return id;
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    }
  }
}
