package com.orderpool.partners;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.partners.boundary.CountdownView;
import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.control.CountdownTimer;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.partners.entity.SubmissionStatus;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The countdown to a paid order's automatic submission: it starts when the paid order enters
 * production, nothing goes before it runs out, on hold pauses it and release resumes it with the
 * time left, then the order goes to its partners once; a cancelled order's countdown ends; and
 * another tenant sees none of it.
 */
class PartnerCountdownIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Partners partners;
  @Inject PartnerSubmissions submissions;
  @Inject Payments payments;
  @Inject CountdownTimer timer;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private Order paidOrder(String code, String sku) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann Ávila", Codes.email(code, "ann"));
    cmd.setLines(
        new ArrayList<>(List.of(new LineInput(sku, "Oxford", 1, new BigDecimal("50.00")))));
    Order o = as(code, () -> orders.create(cmd));
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    in.setReference("TRF-" + o.getNumber());
    as(code, () -> payments.record(o.getId(), in, o.getVersion()));
    return as(code, () -> orders.get(o.getId()));
  }

  private Partner partner(String code) {
    return as(
        code,
        () ->
            partners.save(
                null,
                "Taller Elche",
                PartnerKind.SUPPLIER,
                RuleType.ALL,
                null,
                Codes.email(code, "elche")));
  }

  private SubmissionStatus status(String code, Order o) {
    List<PartnerStatus> s = as(code, () -> submissions.ofOrder(o.getId()));
    return s.isEmpty() ? null : s.get(0).status();
  }

  @Test
  void aPaidOrderGoesWhenItsCountdownRunsOutOnHoldPausesItAndItGoesOnce() {
    String code = Codes.newTenant(console);
    partner(code);
    Order before = paidOrder(code, "OX-1");
    assertNull(as(code, () -> submissions.countdown(before.getId())), "off: no countdown");

    as(
        code,
        () -> {
          partners.setAutoSubmitHours(2);
          return null;
        });
    assertEquals(2, as(code, () -> partners.autoSubmitHours()));
    Instant paid = Instant.now();
    Order o = paidOrder(code, "OX-2");
    CountdownView c = as(code, () -> submissions.countdown(o.getId()));
    assertNotNull(c, "a paid order in production counts down");
    assertFalse(c.paused());
    assertTrue(
        Math.abs(Duration.between(paid.plus(Duration.ofHours(2)), c.dueAt()).toSeconds()) < 60,
        "due two hours on: " + c.dueAt());
    assertNull(as(code, () -> submissions.countdown(before.getId())), "paid before: never counted");

    timer.runAll(paid.plus(Duration.ofMinutes(90)));
    assertNull(status(code, o), "not yet");

    Order held = as(code, () -> workflow.hold(o.getId(), "waiting for leather", o.getVersion()));
    CountdownView paused = as(code, () -> submissions.countdown(o.getId()));
    assertTrue(paused.paused());
    assertTrue(
        paused.remainingSeconds() > 7000 && paused.remainingSeconds() <= 7200,
        () -> "left " + paused.remainingSeconds());
    timer.runAll(paid.plus(Duration.ofHours(5)));
    assertNull(status(code, o), "on hold: nothing goes");

    Instant released = Instant.now();
    as(code, () -> workflow.release(o.getId(), held.getVersion()));
    CountdownView resumed = as(code, () -> submissions.countdown(o.getId()));
    assertFalse(resumed.paused());
    assertTrue(
        Math.abs(
                Duration.between(released.plusSeconds(paused.remainingSeconds()), resumed.dueAt())
                    .toSeconds())
            < 60,
        "goes on with the time left: " + resumed.dueAt());

    timer.runAll(resumed.dueAt().plusSeconds(1));
    assertEquals(SubmissionStatus.SUBMITTED, status(code, o));
    assertNull(as(code, () -> submissions.countdown(o.getId())), "the countdown is over");
    timer.runAll(resumed.dueAt().plus(Duration.ofHours(1)));
    assertEquals(1, as(code, () -> submissions.ofOrder(o.getId())).get(0).attempts(), "once");
    assertNull(status(code, before), "the order paid before was never sent");
  }

  @Test
  void aCancelledOrdersCountdownEndsAndAnotherTenantSeesNoneOfIt() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    partner(a);
    as(
        a,
        () -> {
          partners.setAutoSubmitHours(1);
          return null;
        });
    Order o = paidOrder(a, "OX-3");
    Order kept = paidOrder(a, "OX-4");
    assertNotNull(as(a, () -> submissions.countdown(o.getId())));

    assertInstanceOf(
        NotFoundException.class,
        unwrap(assertThrows(Exception.class, () -> as(b, () -> submissions.countdown(o.getId())))));
    assertNull(as(b, () -> partners.autoSubmitHours()), "B's own setting is off");

    Order fresh = as(a, () -> orders.get(o.getId()));
    as(a, () -> workflow.cancel(fresh.getId(), "customer changed mind", null, fresh.getVersion()));
    assertNull(as(a, () -> submissions.countdown(o.getId())), "cancelled: no countdown");
    timer.runAll(Instant.now().plus(Duration.ofHours(2)));
    assertNull(status(a, o), "a cancelled order never goes");
    assertEquals(SubmissionStatus.SUBMITTED, status(a, kept));

    BusinessException refused =
        assertInstanceOf(
            BusinessException.class,
            unwrap(
                assertThrows(
                    Exception.class,
                    () ->
                        as(
                            a,
                            () -> {
                              partners.setAutoSubmitHours(73);
                              return null;
                            }))));
    assertEquals("autoSubmitHours", refused.field());
    assertEquals(1, as(a, () -> partners.autoSubmitHours()), "unchanged");
  }
}
