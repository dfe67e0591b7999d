package com.orderpool.partners.control;

import com.orderpool.orders.control.OrderCancelled;
import com.orderpool.orders.control.OrderStatusChanged;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerCountdown;
import com.orderpool.platform.control.AutoSubmits;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The countdown of paid orders towards their automatic submission (when the tenant has it on): it
 * starts when a paid order enters production, pauses while the order is on hold and resumes with
 * the time that was left when it is released, and ends when the order is cancelled. When it runs
 * out, the order goes to every active partner that takes it and does not have it yet.
 */
@ApplicationScoped
public class Countdowns {
  @Inject TenantDatabase db;
  @Inject AutoSubmits settings;
  @Inject Submissions submissions;
  @Inject OrderStore orders;
  @Inject Clock clock;

  void onStatusChanged(@Observes(during = TransactionPhase.IN_PROGRESS) OrderStatusChanged e) {
    Order order = e.order();
    Instant now = clock.instant();
    PartnerCountdown c = db.em().find(PartnerCountdown.class, order.getId());
    Phase phase = order.getPhase();
    if (c != null) {
      if (phase == Phase.ON_HOLD) {
        c.pause(now);
      } else if (phase == Phase.IN_PRODUCTION) {
        c.resume(now);
      } else {
        db.em().remove(c);
      }
      return;
    }
    if (phase != Phase.IN_PRODUCTION || order.getPaidAt() == null) {
      return;
    }
    Optional<AutoSubmits.Setting> setting = settings.of(db.tenantCode());
    if (setting.isEmpty()
        || order.getPaidAt().isBefore(setting.get().since())
        || submissions.pending(order).isEmpty()) {
      return;
    }
    db.em().persist(new PartnerCountdown(order.getId(), now, setting.get().after()));
  }

  void onCancelled(@Observes(during = TransactionPhase.IN_PROGRESS) OrderCancelled e) {
    PartnerCountdown c = db.em().find(PartnerCountdown.class, e.order().getId());
    if (c != null) {
      db.em().remove(c);
    }
  }

  /** The order's countdown, if one runs or is paused. */
  public Optional<PartnerCountdown> of(long orderId) {
    return Optional.ofNullable(db.em().find(PartnerCountdown.class, orderId));
  }

  /** The orders whose countdown ran out by {@code now}, soonest first. */
  @Transactional
  public List<Long> due(Instant now, int max) {
    return db.em()
        .createQuery(
            "SELECT c.orderId FROM PartnerCountdown c WHERE c.dueAt <= :now ORDER BY c.dueAt",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Submits an order whose countdown ran out to the partners that take it and do not have it (one
   * transaction; the countdown row is locked, so a second node finds it gone); how many partners
   * got it.
   */
  @Transactional
  public int fire(long orderId, Instant now) {
    PartnerCountdown c =
        db.em().find(PartnerCountdown.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (c == null || c.isPaused() || c.getDueAt().isAfter(now)) {
      return 0;
    }
    db.em().remove(c);
    Order order = orders.withLines(orderId);
    if (order.getPhase() != Phase.IN_PRODUCTION) {
      return 0;
    }
    List<Partner> to = submissions.pending(order);
    to.forEach(p -> submissions.attempt(order, p, false));
    return to.size();
  }
}
