package com.orderpool.demo.boundary;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.partners.boundary.BulkSubmission;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A demo tenant's partner: a workshop that takes every order by e-mail, with a few orders in
 * production submitted to it, so the pool's Partners column shows statuses on the first start, and
 * automatic submission two hours after payment for orders paid from then on.
 */
@Allow
@Stateless
public class DemoPartners {
  /** How many orders are submitted. */
  static final int SUBMITTED = 5;

  @Inject Partners partners;
  @Inject PartnerSubmissions submissions;
  @Inject OrderService orders;

  /**
   * Adds the partner and submits a few orders in production to it; the submissions made. Runs
   * without a transaction of its own: the partner is saved (committed) before the orders are
   * submitted, each in its own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long send() {
    partners.save(
        null,
        "Taller Elche",
        PartnerKind.SUPPLIER,
        RuleType.ALL,
        null,
        "pedidos@taller-elche.example");
    PoolFilter inProduction = new PoolFilter();
    inProduction.setPhases(List.of(Phase.IN_PRODUCTION));
    List<Long> ids =
        orders.list(inProduction, PageRequest.of(0, SUBMITTED)).stream().map(Order::getId).toList();
    // from now on, paid orders go to the partner by themselves two hours into production (an
    // order paid in the demo shows its countdown on the Partners tab)
    partners.setAutoSubmitHours(2);
    if (ids.isEmpty()) {
      return 0;
    }
    return submissions.submitSelected(ids).count(BulkSubmission.Outcome.SUBMITTED);
  }
}
