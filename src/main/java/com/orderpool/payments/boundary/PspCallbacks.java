package com.orderpool.payments.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.UnauthenticatedException;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.payments.control.PaymentFailures;
import com.orderpool.payments.control.PaymentFailures.Failure;
import com.orderpool.payments.control.PaymentRecorder;
import com.orderpool.payments.control.PaymentRecorder.Receipt;
import com.orderpool.payments.control.PspSecrets;
import com.orderpool.payments.control.PspSignature;
import com.orderpool.payments.entity.Payment;
import com.orderpool.payments.entity.PaymentFailure;
import com.orderpool.payments.entity.PaymentFailure.Outcome;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Payment-provider callbacks for the tenant in context (the one the event's order number names).
 * The signature is checked with that tenant's secret for the provider before anything is read, so
 * one tenant's secret can never pay another tenant's order. A payment, or a payment failure, is
 * recorded once per provider event: replays answer {@code duplicate}. Open to anyone (providers do
 * not sign in): the signature is the credential, and only a verified event runs on, as system work.
 */
@Stateless
public class PspCallbacks {
  @Inject TenantContext tenant;
  @Inject TenantDirectory tenants;
  @Inject TenantDatabase db;
  @Inject PspSecrets secrets;
  @Inject OrderStore orders;
  @Inject PaymentRecorder recorder;
  @Inject PaymentFailures failures;
  @Inject Clock clock;

  /**
   * Verifies and applies one event. Unknown or inactive tenant, unknown provider and a bad or stale
   * signature all answer the same 401.
   */
  @PermitAll
  public PspOutcome receive(String provider, String signature, byte[] body, PspEvent event) {
    Instant now = clock.instant();
    if (!tenants.isActive(tenant.code())
        || !PspSignature.verify(signature, body, secrets.secretsFor(provider, now), now)) {
      throw new UnauthenticatedException();
    }
    // the provider proved who it is: the rest is system work for this tenant
    return tenant.runAsSystem(tenant.code(), () -> apply(provider, event));
  }

  private PspOutcome apply(String provider, PspEvent event) {
    if (!event.isPaymentSucceeded() && !event.isPaymentFailed()) {
      return PspOutcome.ignored(event.type());
    }
    Order order = locked(event.order());
    if (isRecorded(provider, event.id(), true)) {
      return PspOutcome.duplicate(order.getNumber());
    }
    if (event.isPaymentFailed()) {
      Outcome outcome =
          failures.record(
              order, new Failure(provider, event.id(), event.reference(), event.reason()));
      return PspOutcome.failure(order, outcome == Outcome.FAILED);
    }
    if (!event.currency().equals(order.getCurrency())) {
      throw new BusinessException(
          "data.currency", "psp.currency.mismatch", event.currency(), order.getCurrency());
    }
    if (!order.isPayable()) {
      throw new BusinessException(null, "psp.order.notPayable", order.getNumber());
    }
    if (order.getGroupId() != null) {
      // a grouped order is paid with its group, like manual payments
      throw new BusinessException(null, "psp.order.grouped", order.getNumber());
    }
    if (event.amount().compareTo(order.balanceDue()) > 0) {
      throw new BusinessException(
          "data.amount",
          "psp.amount.exceedsBalance",
          order.balanceDue().toPlainString(),
          order.getCurrency());
    }
    recorder.receive(
        order,
        new Receipt(
            PaymentMethod.PSP,
            event.amount(),
            LocalDate.now(clock),
            event.reference(),
            provider,
            event.id(),
            null));
    orders.saved(order);
    return PspOutcome.recorded(order.getNumber(), order.getPaymentStatus());
  }

  /**
   * Whether this provider event is already recorded, as a payment or a failure (after a lost race
   * on a unique key).
   */
  @PermitAll
  public boolean isRecorded(String provider, String eventId) {
    return tenants.isActive(tenant.code()) && isRecorded(provider, eventId, false);
  }

  private boolean isRecorded(String provider, String eventId, boolean locking) {
    return isRecorded(Payment.class, provider, eventId, locking)
        || isRecorded(PaymentFailure.class, provider, eventId, locking);
  }

  private boolean isRecorded(Class<?> rows, String provider, String eventId, boolean locking) {
    var query =
        db.em()
            .createQuery(
                "SELECT r.id FROM "
                    + rows.getSimpleName()
                    + " r WHERE r.provider = :p AND r.providerEventId = :e",
                Long.class)
            .setParameter("p", provider)
            .setParameter("e", eventId);
    if (locking) {
      // a locking read sees rows committed while this transaction waited for the order's lock
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return !query.setMaxResults(1).getResultList().isEmpty();
  }

  /** The order, locked for this transaction, so callbacks for one order run one at a time. */
  private Order locked(String number) {
    Long id =
        db.em()
            .createQuery("SELECT o.id FROM Order o WHERE o.number = :n", Long.class)
            .setParameter("n", number)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("order", number));
    return orders.lockedWithLines(id);
  }
}
