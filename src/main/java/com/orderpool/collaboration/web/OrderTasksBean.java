package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.TaskRow;
import com.orderpool.collaboration.boundary.TaskService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.platform.boundary.UserRow;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The Tasks tab of the order dashboard: the order's tasks and the form to add one. */
@Named
@ViewScoped
public class OrderTasksBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskService tasks;
  @Inject OrderDashboardBean dashboard;

  private List<TaskRow> rows;
  private List<UserRow> assignees;
  private String description;
  private LocalDateTime due;
  private Long assigneeId;

  public List<TaskRow> getRows() {
    Order order = dashboard.getOrder();
    if (rows == null && order != null) {
      rows = tasks.ofOrder(order.getId());
    }
    return rows;
  }

  public List<UserRow> getAssignees() {
    if (assignees == null) {
      assignees = tasks.assignees();
    }
    return assignees;
  }

  public void add() {
    tasks.add(dashboard.getOrder().getId(), description, due, assigneeId);
    description = null;
    due = null;
    assigneeId = null;
    changed();
    Messages.info("task.added");
  }

  public void done(long taskId) {
    tasks.markDone(taskId);
    rows = null;
    Messages.info("task.markedDone");
  }

  public void reopen(long taskId) {
    tasks.reopen(taskId);
    rows = null;
    Messages.info("task.reopened");
  }

  /** Re-reads the tasks and the order's history after a change. */
  private void changed() {
    rows = null;
    dashboard.refresh(dashboard.getOrder());
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDateTime getDue() {
    return due;
  }

  public void setDue(LocalDateTime due) {
    this.due = due;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }
}
