package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.TicketService;
import com.orderpool.collaboration.entity.Ticket;
import com.orderpool.collaboration.entity.TicketMessage;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Tickets tab of the order dashboard: the order's tickets, a form to record a customer's
 * question, and the selected ticket's thread with reply, close and reopen.
 */
@Named
@ViewScoped
public class OrderTicketsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TicketService tickets;
  @Inject OrderDashboardBean dashboard;

  private List<Ticket> rows;
  private String subject;
  private String question;
  private Ticket selected;
  private List<TicketMessage> thread;
  private String reply;

  public List<Ticket> getRows() {
    Order order = dashboard.getOrder();
    if (rows == null && order != null) {
      rows = tickets.ofOrder(order.getId());
    }
    return rows;
  }

  public void create() {
    Ticket ticket = tickets.open(dashboard.getOrder().getId(), subject, question);
    subject = null;
    question = null;
    dashboard.refresh(dashboard.getOrder());
    show(ticket.getId());
    Messages.info("ticket.created");
  }

  public void select(long ticketId) {
    show(ticketId);
  }

  public void send() {
    tickets.reply(selected.getId(), reply);
    reply = null;
    dashboard.refresh(dashboard.getOrder());
    show(selected.getId());
    Messages.info("ticket.replied");
  }

  public void close() {
    tickets.close(selected.getId());
    show(selected.getId());
    Messages.info("ticket.closedMsg");
  }

  public void reopen() {
    tickets.reopen(selected.getId());
    show(selected.getId());
    Messages.info("ticket.reopened");
  }

  private void show(long ticketId) {
    rows = null;
    selected = tickets.get(ticketId);
    thread = tickets.messages(ticketId);
  }

  /** Whom the reply goes to, shown in the empty reply box. */
  public String getReplyHint() {
    return Messages.text("ticket.reply.placeholder", dashboard.getOrder().getCustomerEmail());
  }

  public Ticket getSelected() {
    return selected;
  }

  public List<TicketMessage> getThread() {
    return thread;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
