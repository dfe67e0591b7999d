package com.orderpool.collaboration.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.collaboration.control.OrderRefs;
import com.orderpool.collaboration.control.OrderRefs.OrderRef;
import com.orderpool.collaboration.entity.Task;
import com.orderpool.collaboration.entity.TaskStatus;
import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.platform.boundary.UserRow;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.OrderpoolPrincipal;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Tasks on the current tenant's orders: add one for an active admin or staff member, mark it done
 * or reopen it, list an order's tasks and the caller's own ("My tasks"), and count the caller's
 * open ones for the menu badge. Another tenant's task is simply not found.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class TaskService {

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject OrderHistory history;
  @Inject UserService users;
  @Inject OrderRefs orderRefs;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** Adds an open task to an order; the due time is read in the tenant's time zone. */
  @Allow({TENANT_ADMIN, STAFF})
  public Task add(
      long orderId,
      @NotBlank(message = "{task.description.required}")
          @Size(max = 500, message = "{task.description.size}")
          String taskDescription,
      @NotNull(message = "{task.due.required}") LocalDateTime taskDue,
      @NotNull(message = "{task.assignee.required}") Long taskAssignee) {
    Order order = orders.get(orderId);
    UserRow assignee = assignee(taskAssignee);
    Task task =
        new Task(
            orderId,
            taskDescription,
            taskDue.atZone(zone).toInstant(),
            assignee.id(),
            assignee.displayName(),
            tenant.actor(),
            clock.instant());
    db.em().persist(task);
    history.record(order, "task", null, task.getDescription() + " → " + assignee.email(), null);
    db.em().flush();
    return task;
  }

  @Allow({TENANT_ADMIN, STAFF})
  public Task markDone(long taskId) {
    Task task = get(taskId);
    task.markDone(tenant.actor(), clock.instant());
    return task;
  }

  @Allow({TENANT_ADMIN, STAFF})
  public Task reopen(long taskId) {
    Task task = get(taskId);
    task.reopen();
    return task;
  }

  /** A task of the current tenant. */
  public Task get(long taskId) {
    Task task = db.em().find(Task.class, taskId);
    if (task == null) {
      throw new NotFoundException("task", taskId);
    }
    return task;
  }

  /** An order's tasks: open ones first, each group by due time. */
  public List<TaskRow> ofOrder(long orderId) {
    Order order = orders.get(orderId);
    Instant now = clock.instant();
    return db.em()
        .createQuery("SELECT t FROM Task t WHERE t.orderId = :o ORDER BY t.dueAt, t.id", Task.class)
        .setParameter("o", orderId)
        .getResultStream()
        .sorted(Comparator.comparing(t -> !t.isOpen()))
        .map(t -> new TaskRow(t, order.getNumber(), t.isOverdue(now)))
        .toList();
  }

  /** A page of a user's tasks: open ones first, by due time. */
  public List<TaskRow> assignedTo(long userId, @NotNull PageRequest page) {
    Instant now = clock.instant();
    List<Task> found =
        db.em()
            .createQuery(
                "SELECT t FROM Task t WHERE t.assigneeId = :u ORDER BY t.status DESC, t.dueAt, t.id",
                Task.class)
            .setParameter("u", userId)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<Long, OrderRef> refs = orderRefs.of(found.stream().map(Task::getOrderId).toList());
    return found.stream()
        .map(t -> new TaskRow(t, OrderRefs.in(refs, t.getOrderId()).number(), t.isOverdue(now)))
        .toList();
  }

  public long countAssignedTo(long userId) {
    return db.em()
        .createQuery("SELECT COUNT(t) FROM Task t WHERE t.assigneeId = :u", Long.class)
        .setParameter("u", userId)
        .getSingleResult();
  }

  /** How many open tasks a user has (the menu badge). */
  public long openCount(long userId) {
    return db.em()
        .createQuery(
            "SELECT COUNT(t) FROM Task t WHERE t.assigneeId = :u AND t.status = :s", Long.class)
        .setParameter("u", userId)
        .setParameter("s", TaskStatus.OPEN)
        .getSingleResult();
  }

  /** A page of the caller's own tasks; none for system work. */
  public List<TaskRow> mine(@NotNull PageRequest page) {
    return me() == null ? List.of() : assignedTo(me(), page);
  }

  public long countMine() {
    return me() == null ? 0 : countAssignedTo(me());
  }

  public long openCountMine() {
    return me() == null ? 0 : openCount(me());
  }

  /** The admins and staff a task can be given to. */
  public List<UserRow> assignees() {
    return users.assignable();
  }

  private Long me() {
    return tenant.principal().map(OrderpoolPrincipal::userId).orElse(null);
  }

  private UserRow assignee(long userId) {
    return users.assignable().stream()
        .filter(u -> u.id() == userId)
        .findFirst()
        .orElseThrow(() -> new BusinessException("taskAssignee", "task.assignee.unknown"));
  }
}
