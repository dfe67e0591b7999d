package com.orderpool.partners.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.BulkActionsBean;
import com.orderpool.partners.boundary.BulkSubmission;
import com.orderpool.partners.boundary.BulkSubmission.Outcome;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The order pool's "Submit to partners" action: the selected orders go to every active partner
 * whose rule takes them; the message says how many submissions were made and which orders were
 * skipped (already submitted), taken by no partner, failed or refused.
 */
@Named
@ViewScoped
public class PoolPartnersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PartnerSubmissions submissions;
  @Inject BulkActionsBean bulk;

  public void submitSelected() {
    List<Order> selected = bulk.getSelected();
    if (selected == null || selected.isEmpty()) {
      Messages.error(null, "partner.bulk.nothingSelected");
      return;
    }
    BulkSubmission result =
        submissions.submitSelected(selected.stream().map(Order::getId).toList());
    Messages.info("partner.bulk.done", result.count(Outcome.SUBMITTED));
    report(result, Outcome.SKIPPED, "partner.bulk.skipped");
    report(result, Outcome.NO_PARTNER, "partner.bulk.noPartner");
    report(result, Outcome.FAILED, "partner.bulk.failedOrders");
    report(result, Outcome.REFUSED, "partner.bulk.refused");
    bulk.setSelected(new ArrayList<>());
  }

  private static void report(BulkSubmission result, Outcome outcome, String key) {
    if (result.count(outcome) > 0) {
      if (outcome == Outcome.SKIPPED || outcome == Outcome.NO_PARTNER) {
        Messages.info(key, result.numbers(outcome));
      } else {
        Messages.error(null, key, result.numbers(outcome));
      }
    }
  }
}
