package com.orderpool.collaboration.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.collaboration.control.OrderRefs;
import com.orderpool.collaboration.control.OrderRefs.OrderRef;
import com.orderpool.collaboration.control.TicketMails;
import com.orderpool.collaboration.entity.Sender;
import com.orderpool.collaboration.entity.Ticket;
import com.orderpool.collaboration.entity.TicketMessage;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Customer questions about the current tenant's orders. Staff record a ticket with the customer's
 * question as its first message; a reply adds a staff message, marks the ticket answered and queues
 * the reply e-mail to the customer in the same transaction. Tickets can be closed and reopened.
 * Another tenant's ticket is simply not found.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class TicketService {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject OrderHistory history;
  @Inject TicketMails mails;
  @Inject OrderRefs orderRefs;
  @Inject Clock clock;

  /** Opens a ticket on an order with the customer's question as its first message. */
  @Allow({TENANT_ADMIN, STAFF})
  public Ticket open(
      long orderId,
      @NotBlank(message = "{ticket.subject.required}")
          @Size(max = 200, message = "{ticket.subject.size}")
          String ticketSubject,
      @NotBlank(message = "{ticket.question.required}")
          @Size(max = TicketMessage.MAX_LENGTH, message = "{ticket.message.size}")
          String ticketQuestion) {
    Order order = orders.get(orderId);
    Instant now = clock.instant();
    Ticket ticket = new Ticket(orderId, ticketSubject, tenant.actor(), now);
    db.em().persist(ticket);
    db.em().flush();
    String customer = order.getCustomerName() == null ? "" : order.getCustomerName();
    db.em()
        .persist(new TicketMessage(ticket.getId(), Sender.CUSTOMER, customer, ticketQuestion, now));
    history.record(order, "ticket", null, ticket.getSubject(), null);
    db.em().flush();
    return ticket;
  }

  /** Answers a ticket: adds the staff message, marks it answered and e-mails the customer. */
  @Allow({TENANT_ADMIN, STAFF})
  public Ticket reply(
      long ticketId,
      @NotBlank(message = "{ticket.reply.required}")
          @Size(max = TicketMessage.MAX_LENGTH, message = "{ticket.message.size}")
          String replyText) {
    Ticket ticket = get(ticketId);
    Order order = orders.get(ticket.getOrderId());
    Instant now = clock.instant();
    ticket.answered(now);
    db.em().persist(new TicketMessage(ticketId, Sender.STAFF, tenant.actor(), replyText, now));
    mails.queueReply(order, ticket, replyText);
    history.record(order, "ticket", ticket.getSubject(), "ANSWERED", null);
    db.em().flush();
    return ticket;
  }

  @Allow({TENANT_ADMIN, STAFF})
  public Ticket close(long ticketId) {
    Ticket ticket = get(ticketId);
    ticket.close(clock.instant());
    return ticket;
  }

  @Allow({TENANT_ADMIN, STAFF})
  public Ticket reopen(long ticketId) {
    Ticket ticket = get(ticketId);
    ticket.reopen(clock.instant());
    return ticket;
  }

  public Ticket get(long ticketId) {
    Ticket ticket = db.em().find(Ticket.class, ticketId);
    if (ticket == null) {
      throw new NotFoundException("ticket", ticketId);
    }
    return ticket;
  }

  /** The thread of a ticket, oldest first. */
  public List<TicketMessage> messages(long ticketId) {
    get(ticketId);
    return db.em()
        .createQuery(
            "SELECT m FROM TicketMessage m WHERE m.ticketId = :t ORDER BY m.createdAt, m.id",
            TicketMessage.class)
        .setParameter("t", ticketId)
        .getResultList();
  }

  /** An order's tickets: open first, then answered, then closed; newest first in each. */
  public List<Ticket> ofOrder(long orderId) {
    orders.get(orderId);
    return db.em()
        .createQuery(
            "SELECT t FROM Ticket t WHERE t.orderId = :o"
                + " ORDER BY t.statusRank, t.createdAt DESC, t.id DESC",
            Ticket.class)
        .setParameter("o", orderId)
        .getResultList();
  }

  /** A page of all tickets of the tenant, in the same order as on an order. */
  public List<TicketRow> list(@NotNull PageRequest page) {
    List<Ticket> found =
        db.em()
            .createQuery(
                "SELECT t FROM Ticket t ORDER BY t.statusRank, t.createdAt DESC, t.id DESC",
                Ticket.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<Long, OrderRef> refs = orderRefs.of(found.stream().map(Ticket::getOrderId).toList());
    return found.stream()
        .map(
            t -> {
              OrderRef ref = OrderRefs.in(refs, t.getOrderId());
              return new TicketRow(t, ref.number(), ref.customerName());
            })
        .toList();
  }

  public long count() {
    return db.em().createQuery("SELECT COUNT(t) FROM Ticket t", Long.class).getSingleResult();
  }
}
