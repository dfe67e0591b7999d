package com.orderpool.partners.web;

import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Partners tab of the order dashboard: the partners whose rule takes the order and those it was
 * submitted to, with Submit (not submitted or failed) and Resubmit (after a confirmation; the
 * order's history records it).
 */
@Named
@ViewScoped
public class OrderPartnersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PartnerSubmissions submissions;
  @Inject OrderDashboardBean dashboard;
  @Inject PartnerLabels labels;

  private List<PartnerStatus> list;

  public List<PartnerStatus> getList() {
    if (list == null) {
      list = submissions.ofOrder(dashboard.getOrder().getId());
    }
    return list;
  }

  public void submit(PartnerStatus s) {
    told(submissions.submit(s.orderId(), s.partnerId()), "partner.submitted");
  }

  public void resubmit(PartnerStatus s) {
    told(submissions.resubmit(s.orderId(), s.partnerId()), "partner.resubmitted");
  }

  private void told(PartnerStatus done, String key) {
    String number = dashboard.getOrder().getNumber();
    if (done.isFailed()) {
      Messages.error(null, "partner.submitFailed", number, done.partnerName(), labels.reason(done));
    } else {
      Messages.info(key, number, done.partnerName());
    }
    list = null;
    dashboard.refresh(dashboard.reloaded());
  }
}
