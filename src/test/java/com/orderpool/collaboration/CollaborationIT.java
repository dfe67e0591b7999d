package com.orderpool.collaboration;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.collaboration.boundary.MemoService;
import com.orderpool.collaboration.boundary.TaskRow;
import com.orderpool.collaboration.boundary.TaskService;
import com.orderpool.collaboration.boundary.TicketRow;
import com.orderpool.collaboration.boundary.TicketService;
import com.orderpool.collaboration.entity.Memo;
import com.orderpool.collaboration.entity.Sender;
import com.orderpool.collaboration.entity.Task;
import com.orderpool.collaboration.entity.TaskStatus;
import com.orderpool.collaboration.entity.Ticket;
import com.orderpool.collaboration.entity.TicketMessage;
import com.orderpool.collaboration.entity.TicketStatus;
import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserRow;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Tasks (add, list, done, reopen, My tasks, overdue), memos (newest first), tickets (open, reply
 * with an e-mail through the outbox, close, reopen, queue order) and that no tenant reaches
 * another's tasks, memos or tickets.
 */
class CollaborationIT extends InContainer {
  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject TaskService tasks;
  @Inject MemoService memos;
  @Inject TicketService tickets;
  @Inject UserService users;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;
  @Inject Clock clock;
  @Inject ZoneId zone;

  private Order order(String code, String email) {
    return runner.call(
        code, () -> orders.create(TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", email)));
  }

  private LocalDateTime nowLocal() {
    return LocalDateTime.ofInstant(clock.instant(), zone);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  @Test
  void tasksOnAnOrderAndMyTasksWithOverdueOnesFirst() {
    String code = Codes.newTenant(console);
    runner.run(code, () -> users.invite(Codes.email(code, "sam"), "Sam Staff", Role.STAFF));
    runner.run(code, () -> users.invite(Codes.email(code, "acc"), "Alex Books", Role.ACCOUNTANT));
    List<UserRow> assignees = as(code, tasks::assignees);
    assertEquals(2, assignees.size(), "admins and staff, not accountants: " + assignees);
    long admin =
        assignees.stream().filter(u -> u.role() == Role.TENANT_ADMIN).findFirst().get().id();
    long sam = assignees.stream().filter(u -> u.role() == Role.STAFF).findFirst().get().id();
    Order o = order(code, Codes.email(code, "ann"));

    Task late = as(code, () -> tasks.add(o.getId(), "Call Ann", nowLocal().minusDays(1), admin));
    Task soon =
        as(code, () -> tasks.add(o.getId(), "Check leather", nowLocal().plusDays(1), admin));
    as(code, () -> tasks.add(o.getId(), "Pack", nowLocal().plusHours(2), sam));

    List<TaskRow> onOrder = as(code, () -> tasks.ofOrder(o.getId()));
    assertEquals(List.of("Call Ann", "Pack", "Check leather"), descriptions(onOrder));
    assertTrue(onOrder.get(0).overdue());
    assertFalse(onOrder.get(1).overdue());
    String adminName =
        assignees.stream().filter(u -> u.id() == admin).findFirst().get().displayName();
    assertEquals(adminName, onOrder.get(0).task().getAssigneeName());

    List<TaskRow> mine = as(code, () -> tasks.assignedTo(admin, FIRST_PAGE));
    assertEquals(List.of("Call Ann", "Check leather"), descriptions(mine));
    assertEquals(o.getNumber(), mine.get(0).orderNumber());
    assertTrue(mine.get(0).overdue());
    assertEquals(2, as(code, () -> tasks.openCount(admin)));
    assertEquals(1, as(code, () -> tasks.openCount(sam)));

    Task done = as(code, () -> tasks.markDone(late.getId()));
    assertEquals(TaskStatus.DONE, done.getStatus());
    assertEquals("system", done.getDoneBy());
    assertEquals(1, as(code, () -> tasks.openCount(admin)));
    mine = as(code, () -> tasks.assignedTo(admin, FIRST_PAGE));
    assertEquals(List.of("Check leather", "Call Ann"), descriptions(mine), "open ones first");
    assertFalse(mine.get(1).overdue(), "a done task is not overdue");
    assertEquals(2, as(code, () -> tasks.countAssignedTo(admin)));
    assertEquals(
        "task.alreadyDone",
        fails(BusinessException.class, () -> as(code, () -> tasks.markDone(late.getId())))
            .messageKey());

    as(code, () -> tasks.reopen(late.getId()));
    assertEquals(2, as(code, () -> tasks.openCount(admin)));
    assertTrue(as(code, () -> tasks.get(soon.getId())).isOpen());
    assertTrue(
        as(code, () -> orders.history(o.getId())).stream()
            .anyMatch(h -> "task".equals(h.getField()) && h.getNewValue().contains("Call Ann")));
  }

  @Test
  void aTaskNeedsADescriptionADueTimeAndAnAssigneeOfTheTenant() {
    String code = Codes.newTenant(console);
    String other = Codes.newTenant(console);
    long foreignUser = as(other, tasks::assignees).get(0).id();
    long admin = as(code, tasks::assignees).get(0).id();
    Order o = order(code, Codes.email(code, "ann"));
    LocalDateTime due = nowLocal().plusDays(1);

    fails(
        ConstraintViolationException.class,
        () -> as(code, () -> tasks.add(o.getId(), " ", due, admin)));
    fails(
        ConstraintViolationException.class,
        () -> as(code, () -> tasks.add(o.getId(), "x", null, admin)));
    fails(
        ConstraintViolationException.class,
        () -> as(code, () -> tasks.add(o.getId(), "x", due, null)));
    BusinessException e =
        fails(
            BusinessException.class,
            () -> as(code, () -> tasks.add(o.getId(), "x", due, foreignUser)));
    assertEquals("task.assignee.unknown", e.messageKey());
    assertEquals("taskAssignee", e.field());
    assertTrue(as(code, () -> tasks.ofOrder(o.getId())).isEmpty());
  }

  @Test
  void memosAreListedNewestFirstAndTheAuthorCanDeleteOne() {
    String code = Codes.newTenant(console);
    Order o = order(code, Codes.email(code, "ann"));
    Memo first = as(code, () -> memos.add(o.getId(), "Customer prefers a call after 5 pm"));
    as(code, () -> memos.add(o.getId(), "Leather batch 12 is delayed"));
    as(code, () -> memos.add(o.getId(), "  Ship with the next pallet  "));

    List<Memo> listed = as(code, () -> memos.ofOrder(o.getId()));
    assertEquals(
        List.of(
            "Ship with the next pallet",
            "Leather batch 12 is delayed",
            "Customer prefers a call after 5 pm"),
        listed.stream().map(Memo::getBody).toList());
    assertEquals("system", listed.get(0).getAuthor());

    fails(
        ConstraintViolationException.class,
        () -> as(code, () -> memos.add(o.getId(), "x".repeat(Memo.MAX_LENGTH + 1))));
    fails(ConstraintViolationException.class, () -> as(code, () -> memos.add(o.getId(), "")));

    runner.run(code, () -> memos.delete(first.getId()));
    assertEquals(2, as(code, () -> memos.ofOrder(o.getId())).size());
  }

  @Test
  void aReplyAnswersTheTicketAndEmailsTheCustomer() throws Exception {
    String code = Codes.newTenant(console);
    String to = Codes.email(code, "ann");
    Order o = order(code, to);

    Ticket t =
        as(code, () -> tickets.open(o.getId(), "Where is my parcel?", "It has been a week."));
    assertEquals(TicketStatus.OPEN, t.getStatus());
    List<TicketMessage> thread = as(code, () -> tickets.messages(t.getId()));
    assertEquals(1, thread.size());
    assertEquals(Sender.CUSTOMER, thread.get(0).getSender());
    assertEquals("Ann Ávila", thread.get(0).getAuthor());

    Ticket answered =
        as(code, () -> tickets.reply(t.getId(), "It left today.\nTracking follows <soon>."));
    assertEquals(TicketStatus.ANSWERED, answered.getStatus());
    thread = as(code, () -> tickets.messages(t.getId()));
    assertEquals(
        List.of(Sender.CUSTOMER, Sender.STAFF),
        thread.stream().map(TicketMessage::getSender).toList());

    List<OutboxMessage> queued =
        as(code, () -> outbox.ofOrder(o.getId())).stream()
            .filter(m -> m.getEvent() == MailEvent.TICKET_REPLY)
            .toList();
    assertEquals(1, queued.size());
    assertEquals(to, queued.get(0).getRecipient());

    MimeMessage mail =
        MailInbox.await(
                to, MailInbox.subjectContains("Where is my parcel?"), Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no ticket reply e-mail for " + to));
    assertEquals("Re: Where is my parcel? (order " + o.getNumber() + ")", mail.getSubject());
    String raw =
        new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(raw.contains("It left today."), raw);

    as(code, () -> tickets.close(t.getId()));
    BusinessException closed =
        fails(BusinessException.class, () -> as(code, () -> tickets.reply(t.getId(), "More")));
    assertEquals("ticket.closed", closed.messageKey());
    assertEquals(
        2, as(code, () -> tickets.messages(t.getId())).size(), "the refused reply left nothing");
    assertEquals(TicketStatus.OPEN, as(code, () -> tickets.reopen(t.getId())).getStatus());
    assertTrue(
        as(code, () -> orders.history(o.getId())).stream()
            .anyMatch(
                h ->
                    "ticket".equals(h.getField())
                        && "Where is my parcel?".equals(h.getNewValue())));
  }

  @Test
  void theTicketQueueListsOpenThenAnsweredThenClosedNewestFirst() {
    String code = Codes.newTenant(console);
    Order o = order(code, Codes.email(code, "ann"));
    Ticket a = as(code, () -> tickets.open(o.getId(), "A", "q"));
    Ticket b = as(code, () -> tickets.open(o.getId(), "B", "q"));
    Ticket c = as(code, () -> tickets.open(o.getId(), "C", "q"));
    as(code, () -> tickets.open(o.getId(), "D", "q"));
    as(code, () -> tickets.close(a.getId()));
    as(code, () -> tickets.reply(b.getId(), "answer"));
    as(code, () -> tickets.reply(c.getId(), "answer"));

    List<TicketRow> rows = as(code, () -> tickets.list(FIRST_PAGE));
    assertEquals(
        List.of("D", "C", "B", "A"), rows.stream().map(r -> r.ticket().getSubject()).toList());
    assertEquals(o.getNumber(), rows.get(0).orderNumber());
    assertEquals("Ann Ávila", rows.get(0).customerName());
    assertEquals(4, as(code, tickets::count));
    assertEquals(
        List.of("D", "C", "B", "A"),
        as(code, () -> tickets.ofOrder(o.getId())).stream().map(Ticket::getSubject).toList());
  }

  @Test
  void anotherTenantsTasksMemosAndTicketsAreNotFound() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Order orderA = order(a, Codes.email(a, "ann"));
    long adminA = as(a, tasks::assignees).get(0).id();
    Task taskA = null;
    Memo memoA = null;
    Ticket ticketA = null;
    for (int i = 0; i < 3; i++) {
      taskA = as(a, () -> tasks.add(orderA.getId(), "Task", nowLocal().plusDays(1), adminA));
      memoA = as(a, () -> memos.add(orderA.getId(), "Memo"));
      ticketA = as(a, () -> tickets.open(orderA.getId(), "Ticket", "q"));
    }
    Order orderB = order(b, Codes.email(b, "bob"));
    long adminB = as(b, tasks::assignees).get(0).id();
    as(b, () -> tasks.add(orderB.getId(), "Task B", nowLocal().plusDays(1), adminB));
    as(b, () -> memos.add(orderB.getId(), "Memo B"));
    as(b, () -> tickets.open(orderB.getId(), "Ticket B", "q"));

    long task = taskA.getId();
    long memo = memoA.getId();
    long ticket = ticketA.getId();
    fails(NotFoundException.class, () -> as(b, () -> tasks.get(task)));
    fails(NotFoundException.class, () -> as(b, () -> tasks.markDone(task)));
    fails(NotFoundException.class, () -> as(b, () -> tasks.reopen(task)));
    fails(NotFoundException.class, () -> as(b, () -> memos.get(memo)));
    fails(NotFoundException.class, () -> runner.run(b, () -> memos.delete(memo)));
    fails(NotFoundException.class, () -> as(b, () -> tickets.get(ticket)));
    fails(NotFoundException.class, () -> as(b, () -> tickets.messages(ticket)));
    fails(NotFoundException.class, () -> as(b, () -> tickets.reply(ticket, "hi")));
    fails(NotFoundException.class, () -> as(b, () -> tickets.close(ticket)));
    assertEquals(1, as(b, tickets::count));
    assertEquals(
        List.of("Task B"), descriptions(as(b, () -> tasks.assignedTo(adminB, FIRST_PAGE))));
    assertEquals(0, as(b, () -> tasks.openCount(adminA)));

    assertTrue(as(a, () -> tasks.get(task)).isOpen(), "A's rows are untouched");
    assertEquals(3, as(a, () -> memos.ofOrder(orderA.getId())).size());
    assertEquals(TicketStatus.OPEN, as(a, () -> tickets.get(ticket)).getStatus());
  }

  private static List<String> descriptions(List<TaskRow> rows) {
    return rows.stream().map(r -> r.task().getDescription()).toList();
  }
}
