package com.orderpool.returns.web;

import com.orderpool.returns.boundary.Returns;
import com.orderpool.returns.control.ReturnRecords;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The Returns page: every return of the tenant, filtered by status, reason and date. */
@Named
@ViewScoped
public class ReturnsPageBean implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX = 500;

  @Inject Returns returns;
  @Inject ZoneId zone;

  private ReturnStatus status;
  private String reason;
  private LocalDate from;
  private LocalDate to;
  private List<OrderReturn> list;

  public List<OrderReturn> getList() {
    if (list == null) {
      list =
          returns.search(
              new ReturnRecords.Filter(
                  status,
                  reason,
                  from == null ? null : from.atStartOfDay(zone).toInstant(),
                  to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()),
              MAX);
    }
    return list;
  }

  /** Whether the list stopped at its limit (narrow the filters to see the rest). */
  public boolean isCut() {
    return getList().size() >= MAX;
  }

  public void apply() {
    list = null;
  }

  public void clear() {
    status = null;
    reason = null;
    from = null;
    to = null;
    list = null;
  }

  public ReturnStatus[] getStatuses() {
    return ReturnStatus.values();
  }

  public List<String> getReasons() {
    return returns.reasons();
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public void setStatus(ReturnStatus status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
