package com.orderpool.partners.web;

import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.partners.boundary.CountdownView;
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
  private CountdownView countdown;
  private boolean countdownRead;

  public List<PartnerStatus> getList() {
    if (list == null) {
      list = submissions.ofOrder(dashboard.getOrder().getId());
    }
    return list;
  }

  /** The order's countdown to its automatic submission; null when none runs. */
  public CountdownView getCountdown() {
    if (!countdownRead) {
      countdown = submissions.countdown(dashboard.getOrder().getId());
      countdownRead = true;
    }
    return countdown;
  }

  /** The time a paused countdown has left, as h:mm. */
  public String getPausedLeft() {
    long s = getCountdown() == null ? 0 : getCountdown().remainingSeconds();
    return String.format("%d:%02d", s / 3600, (s / 60) % 60);
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
    countdownRead = false;
    dashboard.refresh(dashboard.reloaded());
  }
}
