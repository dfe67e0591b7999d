package com.orderpool.partners;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.demo.boundary.DemoPartners;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.partners.boundary.BulkSubmission;
import com.orderpool.partners.boundary.BulkSubmission.Line;
import com.orderpool.partners.boundary.BulkSubmission.Outcome;
import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.partners.entity.SubmissionStatus;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.support.AsCaller;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.support.Transactions;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Orders passed to partners by e-mail: Submit (the partner's mailbox gets the order number and
 * lines), no second submission but an audited Resubmit, Bulk Submit by the partners' rules, the
 * cancellation always told, and another tenant's partners and orders not found.
 */
class PartnersIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Partners partners;
  @Inject PartnerSubmissions submissions;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;
  @Inject TenantDatabase db;
  @Inject Transactions tx;
  @Inject Payments payments;
  @Inject DemoPartners demo;
  @Inject UserService users;
  @Inject AccountService accounts;
  @Inject HttpServletRequest request;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private Order order(String code, String model, String sku, String description) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, model, 1, "Ann Ávila", Codes.email(code, "ann"));
    cmd.setLines(
        new ArrayList<>(List.of(new LineInput(sku, description, 1, new BigDecimal("50.00")))));
    return as(code, () -> orders.create(cmd));
  }

  private Partner partner(String code, String name, RuleType type, String value, String who) {
    return as(
        code,
        () -> partners.save(null, name, PartnerKind.SUPPLIER, type, value, Codes.email(code, who)));
  }

  private List<OutboxMessage> mails(String code, Order o, MailEvent event) {
    return as(code, () -> outbox.ofOrder(o.getId())).stream()
        .filter(m -> m.getEvent() == event)
        .toList();
  }

  private List<OrderHistoryEntry> partnerHistory(String code, Order o) {
    return as(code, () -> orders.history(o.getId())).stream()
        .filter(h -> "partner".equals(h.getField()))
        .toList();
  }

  private static Optional<MimeMessage> mailTo(String address, String part) {
    return MailInbox.await(address, m -> MailInbox.text(m).contains(part), Duration.ofSeconds(30));
  }

  @Test
  void submitMailsThePartnerTheOrderASecondSubmitIsSkippedAndResubmitSendsAgainWithHistory()
      throws Exception {
    String code = Codes.newTenant(console);
    Partner elche = partner(code, "Taller Elche", RuleType.MODEL, "Oxford, Derby", "elche");
    Order o = order(code, "Oxford", "OX-38", "Oxford, black calf, size 38");

    PartnerStatus first = as(code, () -> submissions.submit(o.getId(), elche.getId()));
    assertEquals(SubmissionStatus.SUBMITTED, first.status());
    assertEquals(1, first.attempts());
    assertNull(first.reason());
    List<OutboxMessage> queued = mails(code, o, MailEvent.PARTNER_ORDER);
    assertEquals(1, queued.size());
    assertEquals(Codes.email(code, "elche"), queued.get(0).getRecipient());

    MimeMessage mail =
        mailTo(Codes.email(code, "elche"), o.getNumber())
            .orElseThrow(() -> new AssertionError("the partner's e-mail did not arrive"));
    String text = MailInbox.text(mail);
    assertTrue(mail.getSubject().contains(o.getNumber()), mail.getSubject());
    assertTrue(text.contains("OX-38"), text);
    assertTrue(text.contains("Oxford, black calf, size 38"), text);
    assertTrue(text.contains("Ann Ávila") && text.contains("Carrer de Mallorca 401"), text);

    BusinessException again =
        fails(
            BusinessException.class,
            () -> as(code, () -> submissions.submit(o.getId(), elche.getId())));
    assertEquals("partner.submit.already", again.messageKey());
    BulkSubmission bulk = as(code, () -> submissions.submitSelected(List.of(o.getId())));
    assertEquals(
        List.of(new Line(o.getId(), o.getNumber(), "Taller Elche", Outcome.SKIPPED, null)),
        bulk.lines());
    assertEquals(1, mails(code, o, MailEvent.PARTNER_ORDER).size(), "nothing sent twice");

    PartnerStatus resent = as(code, () -> submissions.resubmit(o.getId(), elche.getId()));
    assertEquals(SubmissionStatus.SUBMITTED, resent.status());
    assertEquals(2, resent.attempts());
    assertEquals(2, mails(code, o, MailEvent.PARTNER_ORDER).size(), "sent again");
    List<OrderHistoryEntry> history = partnerHistory(code, o);
    assertEquals(
        List.of("PARTNER_SUBMITTED", "PARTNER_RESUBMITTED"),
        history.stream().map(OrderHistoryEntry::getNewValue).toList());
    assertEquals("Taller Elche", history.get(1).getReason());
    assertEquals("system", history.get(1).getActor().toLowerCase(java.util.Locale.ROOT));

    List<PartnerStatus> shown = as(code, () -> submissions.ofOrder(o.getId()));
    assertEquals(1, shown.size());
    assertEquals(SubmissionStatus.SUBMITTED, shown.get(0).status());
    assertTrue(shown.get(0).takes());
  }

  @Test
  void bulkSubmitSendsEachOrderToThePartnersWhoseRuleTakesItAndReportsTheOthers() {
    String code = Codes.newTenant(console);
    Partner models = partner(code, "Oxford maker", RuleType.MODEL, "oxford", "models");
    Partner skus = partner(code, "Derby maker", RuleType.SKU_PREFIX, "DB-", "skus");
    Partner all = partner(code, "Old warehouse", RuleType.ALL, null, "old");
    as(code, () -> partners.retire(all.getId(), true));
    Order oxford = order(code, "Oxford", "OX-40", "Oxford, tan");
    Order derby = order(code, "Derby", "db-41", "Derby, black");
    Order loafer = order(code, "Loafer", "LF-39", "Loafer, brown");

    BulkSubmission result =
        as(
            code,
            () ->
                submissions.submitSelected(List.of(oxford.getId(), derby.getId(), loafer.getId())));

    assertEquals(
        List.of(
            new Line(oxford.getId(), oxford.getNumber(), "Oxford maker", Outcome.SUBMITTED, null),
            new Line(derby.getId(), derby.getNumber(), "Derby maker", Outcome.SUBMITTED, null),
            new Line(loafer.getId(), loafer.getNumber(), null, Outcome.NO_PARTNER, null)),
        result.lines());
    assertEquals(loafer.getNumber(), result.numbers(Outcome.NO_PARTNER));
    assertEquals(List.of(), mails(code, loafer, MailEvent.PARTNER_ORDER));
    assertEquals(
        Codes.email(code, "skus"),
        mails(code, derby, MailEvent.PARTNER_ORDER).get(0).getRecipient());
    assertTrue(mailTo(Codes.email(code, "models"), oxford.getNumber()).isPresent());

    var column =
        as(
            code,
            () -> submissions.ofOrders(List.of(oxford.getId(), derby.getId(), loafer.getId())));
    assertEquals(2, column.size(), "the loafer has no submission: " + column);
    assertEquals(models.getId(), column.get(oxford.getId()).get(0).partnerId());
    assertEquals(skus.getId(), column.get(derby.getId()).get(0).partnerId());

    BulkSubmission again =
        as(code, () -> submissions.submitSelected(List.of(oxford.getId(), derby.getId())));
    assertEquals(2, again.count(Outcome.SKIPPED));
    assertEquals(0, again.count(Outcome.SUBMITTED));
  }

  @Test
  void cancellingASubmittedOrderAlwaysMailsItsPartnerAndOnlyThatOne() {
    String code = Codes.newTenant(console);
    Partner elche = partner(code, "Taller Elche", RuleType.ALL, null, "elche");
    Order submitted = order(code, "Oxford", "OX-38", "Oxford, black calf");
    Order never = order(code, "Derby", "DB-40", "Derby, black");
    as(code, () -> submissions.submit(submitted.getId(), elche.getId()));
    as(code, () -> partners.retire(elche.getId(), true));

    Order s = as(code, () -> orders.get(submitted.getId()));
    as(code, () -> workflow.cancel(s.getId(), "customer changed mind", null, s.getVersion()));
    Order n = as(code, () -> orders.get(never.getId()));
    as(code, () -> workflow.cancel(n.getId(), "customer changed mind", null, n.getVersion()));

    List<OutboxMessage> told = mails(code, submitted, MailEvent.PARTNER_CANCELLATION);
    assertEquals(1, told.size(), "the retired partner still hears of it");
    assertEquals(Codes.email(code, "elche"), told.get(0).getRecipient());
    assertEquals(List.of(), mails(code, never, MailEvent.PARTNER_CANCELLATION));
    assertTrue(
        MailInbox.await(
                Codes.email(code, "elche"),
                MailInbox.subjectContains("Cancelled: order " + submitted.getNumber()),
                Duration.ofSeconds(30))
            .isPresent(),
        "the cancellation reached the partner's mailbox");
    assertTrue(
        partnerHistory(code, submitted).stream()
            .anyMatch(h -> "PARTNER_CANCELLATION_SENT".equals(h.getNewValue())));

    BulkSubmission late = as(code, () -> submissions.submitSelected(List.of(never.getId())));
    assertEquals(
        List.of(
            new Line(
                never.getId(),
                never.getNumber(),
                null,
                Outcome.REFUSED,
                "partner.submit.cancelled")),
        late.lines(),
        "a cancelled order is not submitted");
  }

  @Test
  void anEMailThatCannotBeBuiltMarksTheSubmissionFailedWithTheReasonAndSubmitTriesAgain() {
    String code = Codes.newTenant(console);
    Partner elche = partner(code, "Taller Elche", RuleType.ALL, null, "elche");
    Order o = order(code, "Oxford", "OX-38", "Oxford, black calf");
    // an address that the page would refuse, as if stored before the check existed
    runner.run(
        code,
        () ->
            tx.run(
                () ->
                    db.em()
                        .createQuery("UPDATE Partner p SET p.email = :e WHERE p.id = :id")
                        .setParameter("e", "broken")
                        .setParameter("id", elche.getId())
                        .executeUpdate()));

    BulkSubmission bulk = as(code, () -> submissions.submitSelected(List.of(o.getId())));
    assertEquals(
        List.of(
            new Line(
                o.getId(), o.getNumber(), "Taller Elche", Outcome.FAILED, "partner.email.invalid")),
        bulk.lines());
    assertEquals(List.of(), mails(code, o, MailEvent.PARTNER_ORDER));
    PartnerStatus failed = as(code, () -> submissions.ofOrder(o.getId())).get(0);
    assertEquals(SubmissionStatus.FAILED, failed.status());
    assertEquals("partner.email.invalid", failed.reason());
    assertEquals(1, failed.attempts());

    as(
        code,
        () ->
            partners.save(
                elche.getId(),
                "Taller Elche",
                PartnerKind.SUPPLIER,
                RuleType.ALL,
                null,
                Codes.email(code, "elche")));
    PartnerStatus retried = as(code, () -> submissions.submit(o.getId(), elche.getId()));
    assertEquals(SubmissionStatus.SUBMITTED, retried.status(), "a failed one is submitted again");
    assertEquals(2, retried.attempts());
    assertNull(retried.reason());
    assertEquals(
        List.of("PARTNER_FAILED", "PARTNER_SUBMITTED"),
        partnerHistory(code, o).stream().map(OrderHistoryEntry::getNewValue).toList());
  }

  @Test
  void theDemoPartnerGetsTheOrdersInProduction() {
    String code = Codes.newTenant(console);
    Order unpaid = order(code, "Oxford", "OX-38", "Oxford, black calf");
    Order paid = order(code, "Derby", "DB-40", "Derby, black");
    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, paid.getTotal(), LocalDate.now());
    in.setReference("TRF-" + paid.getNumber());
    as(code, () -> payments.record(paid.getId(), in, paid.getVersion()));

    assertEquals(1L, runner.call(code, demo::send));

    List<Partner> made = as(code, () -> partners.all());
    assertEquals(List.of("Taller Elche"), made.stream().map(Partner::getName).toList());
    var column = as(code, () -> submissions.ofOrders(List.of(unpaid.getId(), paid.getId())));
    assertEquals(List.of(paid.getId()), List.copyOf(column.keySet()), "only the one in production");
    assertEquals(SubmissionStatus.SUBMITTED, column.get(paid.getId()).get(0).status());
  }

  @Test
  void accountantsSeeWhereSubmissionsStandButSubmitNothing() {
    String code = Codes.newTenant(console);
    Partner elche = partner(code, "Taller Elche", RuleType.ALL, null, "elche");
    Order o = order(code, "Oxford", "OX-38", "Oxford, black calf");
    as(code, () -> submissions.submit(o.getId(), elche.getId()));
    String email = Codes.email(code, "books");
    accounts.setPassword(
        as(code, () -> users.invite(email, "Alba Books", Role.ACCOUNTANT)),
        "accountant pw 1",
        "accountant pw 1");
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    WebSession books = WebSession.signIn(base, email, "accountant pw 1");

    List<PartnerStatus> seen = AsCaller.call(books, () -> submissions.ofOrder(o.getId()));
    assertEquals(SubmissionStatus.SUBMITTED, seen.get(0).status());
    assertEquals(1, AsCaller.call(books, () -> partners.all()).size());
    for (Supplier<?> change :
        List.<Supplier<?>>of(
            () -> submissions.submit(o.getId(), elche.getId()),
            () -> submissions.resubmit(o.getId(), elche.getId()),
            () -> submissions.submitSelected(List.of(o.getId())),
            () -> partners.retire(elche.getId(), true),
            () ->
                partners.save(
                    null, "Other", PartnerKind.SUPPLIER, RuleType.ALL, null, "x@y.example"))) {
      assertInstanceOf(
          ForbiddenException.class,
          unwrap(assertThrows(Exception.class, () -> AsCaller.call(books, change))));
    }
    assertEquals(1, mails(code, o, MailEvent.PARTNER_ORDER).size(), "nothing more was sent");
  }

  @Test
  void aRuleOrAddressThatIsNotValidIsRefusedOnItsFieldAndNamesAreUnique() {
    String code = Codes.newTenant(console);
    BusinessException channel =
        fails(
            BusinessException.class,
            () ->
                as(
                    code,
                    () ->
                        partners.save(
                            null,
                            "Shop",
                            PartnerKind.FULFILMENT,
                            RuleType.CHANNEL,
                            "API, shop",
                            "a@b.example")));
    assertEquals("ruleValue", channel.field());
    assertEquals("partner.rule.channel.unknown", channel.messageKey());
    BusinessException address =
        fails(
            BusinessException.class,
            () ->
                as(
                    code,
                    () ->
                        partners.save(
                            null, "Shop", PartnerKind.FULFILMENT, RuleType.ALL, null, "nobody")));
    assertEquals("email", address.field());
    partner(code, "Taller Elche", RuleType.ALL, null, "elche");
    BusinessException taken =
        fails(
            BusinessException.class,
            () -> partner(code, " taller elche ", RuleType.ALL, null, "other"));
    assertEquals("partner.name.taken", taken.messageKey());
    assertEquals(1, as(code, () -> partners.all()).size());
  }

  @Test
  void anotherTenantsPartnersAndOrdersAreNotFoundAndCannotBeSubmitted() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Partner ofA = partner(a, "Taller Elche", RuleType.ALL, null, "elche");
    Order orderOfA = order(a, "Oxford", "OX-38", "Oxford, black calf");
    as(a, () -> submissions.submit(orderOfA.getId(), ofA.getId()));

    fails(NotFoundException.class, () -> as(b, () -> partners.get(ofA.getId())));
    assertEquals(List.of(), as(b, () -> partners.all()));
    fails(NotFoundException.class, () -> as(b, () -> submissions.ofOrder(orderOfA.getId())));
    fails(
        NotFoundException.class,
        () -> as(b, () -> submissions.submit(orderOfA.getId(), ofA.getId())));
    fails(
        NotFoundException.class,
        () -> as(b, () -> submissions.resubmit(orderOfA.getId(), ofA.getId())));
    BulkSubmission bulk = as(b, () -> submissions.submitSelected(List.of(orderOfA.getId())));
    assertEquals(
        List.of(new Line(orderOfA.getId(), null, null, Outcome.REFUSED, "error.notFound")),
        bulk.lines());
    assertTrue(as(b, () -> submissions.ofOrders(List.of(orderOfA.getId()))).isEmpty());

    List<PartnerStatus> stillA = as(a, () -> submissions.ofOrder(orderOfA.getId()));
    assertEquals(1, stillA.get(0).attempts(), "B's attempts changed nothing of A's");
    assertFalse(stillA.get(0).isFailed());
  }
}
