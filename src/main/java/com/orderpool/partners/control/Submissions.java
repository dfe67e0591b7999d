package com.orderpool.partners.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerSubmission;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The submissions of orders to partners of the current tenant: which partners take an order, the
 * records, and one attempt (the order's CSV file put on the partner's SFTP server if it has one,
 * then its e-mail queued in the caller's transaction, the record Submitted; or Failed with the
 * reason when the file cannot be put or the e-mail cannot be built or queued; with a webhook
 * channel, a signed delivery is queued in the same transaction, see {@link PartnerHooks}). Every
 * attempt is in the order's history (field {@code partner}, the partner's name as the reason).
 */
@ApplicationScoped
public class Submissions {
  /** The history field of submissions. */
  public static final String HISTORY_FIELD = "partner";

  private static final Logger LOG = Logger.getLogger(Submissions.class.getName());

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject PartnerMails mails;
  @Inject OrderHistory history;
  @Inject PartnerHooks hooks;

  /** Every partner, retired ones too, by name. */
  public List<Partner> partners() {
    return db.em()
        .createQuery("SELECT p FROM Partner p ORDER BY p.name, p.id", Partner.class)
        .getResultList();
  }

  /** The partner with this id; another tenant's (or none) is not found. */
  public Partner partner(long id) {
    Partner p = db.em().find(Partner.class, id);
    if (p == null) {
      throw new NotFoundException("partner", id);
    }
    return p;
  }

  /** The active partners whose rule takes the order (its lines attached). */
  public List<Partner> takers(Order order) {
    return partners().stream().filter(p -> !p.isRetired() && p.takes(order)).toList();
  }

  /** The active partners that take the order and have no submission of it yet (two queries). */
  public List<Partner> pending(Order order) {
    Set<Long> had =
        ofOrders(List.of(order.getId())).stream()
            .map(PartnerSubmission::getPartnerId)
            .collect(Collectors.toSet());
    return takers(order).stream().filter(p -> !had.contains(p.getId())).toList();
  }

  public Optional<PartnerSubmission> find(long orderId, long partnerId) {
    return db.em()
        .createQuery(
            "SELECT s FROM PartnerSubmission s WHERE s.orderId = :o AND s.partnerId = :p",
            PartnerSubmission.class)
        .setParameter("o", orderId)
        .setParameter("p", partnerId)
        .getResultStream()
        .findFirst();
  }

  public List<PartnerSubmission> ofOrders(Collection<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery(
            "SELECT s FROM PartnerSubmission s WHERE s.orderId IN :ids ORDER BY s.orderId, s.id",
            PartnerSubmission.class)
        .setParameter("ids", orderIds)
        .getResultList();
  }

  /**
   * One attempt to pass the order to the partner: its e-mail queued and the record Submitted, or
   * Failed with the reason. {@code again} marks an explicit Resubmit in the history.
   */
  public PartnerSubmission attempt(Order order, Partner partner, boolean again) {
    Optional<PartnerSubmission> before = find(order.getId(), partner.getId());
    // a new record is written once its outcome is known (the e-mail's queueing flushes)
    PartnerSubmission s =
        before.orElseGet(() -> new PartnerSubmission(order.getId(), partner.getId()));
    String actor = tenant.actor();
    WebhookDelivery queued = null;
    s.setWebhookDeliveryId(null);
    try {
      // the file first: a partner whose server is down gets no e-mail either, until a retry
      drop(partner, PartnerCsv.fileName(order), PartnerCsv.of(order, false));
      mails.order(partner, order);
      WebhookDelivery hook = partner.hasWebhook() ? hooks.submitted(partner, order) : null;
      s.submitted(actor, clock.instant());
      queued = hook;
      record(order, again ? "PARTNER_RESUBMITTED" : "PARTNER_SUBMITTED", partner);
    } catch (BusinessException e) {
      s.failed(e.messageKey(), actor, clock.instant());
      record(order, "PARTNER_FAILED", partner);
    } catch (SftpDrop.DropFailed e) {
      s.failed(e.getMessage(), actor, clock.instant());
      record(order, "PARTNER_FAILED", partner);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "order " + order.getNumber() + " not passed to a partner", e);
      s.failed(String.valueOf(e.getMessage()), actor, clock.instant());
      record(order, "PARTNER_FAILED", partner);
    }
    if (before.isEmpty()) {
      db.em().persist(s);
    }
    db.em().flush();
    if (queued != null) {
      // its id is drawn by the flush; a delivery given up later marks this submission Failed
      s.setWebhookDeliveryId(queued.getId());
    }
    return s;
  }

  /** The cancellation of an order to every partner it was submitted to; how many were told. */
  public int cancelled(Order order) {
    int told = 0;
    for (PartnerSubmission s : ofOrders(List.of(order.getId()))) {
      if (s.isSubmitted()) {
        Partner p = partner(s.getPartnerId());
        mails.cancellation(p, order);
        record(order, "PARTNER_CANCELLATION_SENT", p);
        if (p.hasWebhook()) {
          webhookCancellation(p, order);
        }
        try {
          drop(p, PartnerCsv.cancellationName(order), PartnerCsv.of(order, true));
        } catch (SftpDrop.DropFailed e) {
          // the e-mail is queued all the same; the history says the file did not go
          LOG.warning(() -> order.getNumber() + " cancellation file not put: " + e.getMessage());
          record(order, "PARTNER_CANCELLATION_FILE_FAILED", p);
        }
        told++;
      }
    }
    return told;
  }

  private void webhookCancellation(Partner p, Order order) {
    try {
      hooks.cancelled(p, order);
    } catch (BusinessException e) {
      // the endpoint is gone: the e-mail is queued all the same; the history says the hook did not
      LOG.warning(
          () -> order.getNumber() + " cancellation not queued by webhook: " + e.messageKey());
      record(order, "PARTNER_CANCELLATION_WEBHOOK_FAILED", p);
    }
  }

  /** Puts a file on the partner's SFTP server, if it has one, pinning its host key first time. */
  private void drop(Partner partner, String fileName, byte[] content) throws SftpDrop.DropFailed {
    if (partner.hasSftp()) {
      partner.pinHostKey(SftpDrop.put(partner.sftp(), fileName, content));
    }
  }

  private void record(Order order, String what, Partner partner) {
    history.record(order, HISTORY_FIELD, null, what, partner.getName());
  }
}
