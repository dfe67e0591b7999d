package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.MemoService;
import com.orderpool.collaboration.entity.Memo;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The Memos tab of the order dashboard: internal notes, newest first, and a box to add one. */
@Named
@ViewScoped
public class OrderMemosBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemoService memos;
  @Inject OrderDashboardBean dashboard;

  private List<Memo> rows;
  private String text;

  public List<Memo> getRows() {
    Order order = dashboard.getOrder();
    if (rows == null && order != null) {
      rows = memos.ofOrder(order.getId());
    }
    return rows;
  }

  public void add() {
    memos.add(dashboard.getOrder().getId(), text);
    text = null;
    rows = null;
    Messages.info("memo.added");
  }

  public void delete(long memoId) {
    memos.delete(memoId);
    rows = null;
    Messages.info("memo.deleted");
  }

  public int getMaxLength() {
    return Memo.MAX_LENGTH;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
