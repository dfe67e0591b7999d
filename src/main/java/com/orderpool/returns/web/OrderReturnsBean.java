package com.orderpool.returns.web;

import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.returns.boundary.ReturnReceipts;
import com.orderpool.returns.boundary.Returns;
import com.orderpool.returns.boundary.Returns.Candidate;
import com.orderpool.returns.boundary.Returns.LineRequest;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Returns tab of the order dashboard: the order's returns, Create return (per line the pieces,
 * a reason and an action, and a note), Receive and Close.
 */
@Named
@ViewScoped
public class OrderReturnsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Returns returns;
  @Inject ReturnReceipts receipts;
  @Inject OrderDashboardBean dashboard;

  private List<OrderReturn> list;
  private Boolean returnable;
  private List<Row> rows;
  private String note;

  /** A line of the Create return form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Candidate line;
    private int quantity;
    private String reason;
    private ReturnAction action;

    Row(Candidate line, String reason, ReturnAction action) {
      this.line = line;
      this.reason = reason;
      this.action = action;
    }

    public Candidate getLine() {
      return line;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public ReturnAction getAction() {
      return action;
    }

    public void setAction(ReturnAction action) {
      this.action = action;
    }
  }

  public List<OrderReturn> getList() {
    if (list == null) {
      list = returns.ofOrder(dashboard.getOrder().getId());
    }
    return list;
  }

  /** Opens the Create return form: every line at 0 pieces, the first reason and action. */
  public void start() {
    List<String> reasons = returns.reasons();
    List<ReturnAction> actions = returns.actions();
    rows =
        returns.candidates(dashboard.getOrder().getId()).stream()
            .map(c -> new Row(c, reasons.get(0), actions.get(0)))
            .toList();
    note = null;
  }

  /** Whether anything of the order may still come back (read once per view change). */
  public boolean isReturnable() {
    if (returnable == null) {
      returnable =
          returns.candidates(dashboard.getOrder().getId()).stream()
              .anyMatch(c -> c.returnable() > 0);
    }
    return returnable;
  }

  public void create() {
    OrderReturn r =
        returns.create(
            dashboard.getOrder().getId(),
            rows.stream()
                .map(
                    row ->
                        new LineRequest(
                            row.line.orderLineId(), row.quantity, row.reason, row.action))
                .toList(),
            note);
    Messages.info("return.created", r.getPieces(), r.getOrderNumber());
    org.primefaces.PrimeFaces.current().executeScript("PF('returnDlg').hide()");
    changed();
  }

  public void receive(long returnId) {
    OrderReturn r = receipts.receive(returnId);
    Messages.info("return.receivedDone", r.getOrderNumber());
    changed();
  }

  public void close(long returnId) {
    OrderReturn r = receipts.close(returnId);
    Messages.info("return.closedDone", r.getOrderNumber());
    changed();
  }

  private void changed() {
    list = null;
    returnable = null;
    dashboard.refresh(dashboard.reloaded());
  }

  public List<String> getReasons() {
    return returns.reasons();
  }

  public List<ReturnAction> getActions() {
    return returns.actions();
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
