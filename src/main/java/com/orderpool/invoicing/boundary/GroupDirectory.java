package com.orderpool.invoicing.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.invoicing.control.GroupShipping;
import com.orderpool.invoicing.entity.GroupMember;
import com.orderpool.invoicing.entity.GroupStatus;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the current tenant's order groups: one group with its members and figures, the Groups list
 * (open groups first, paged in the database) and the group an order is in. Another tenant's group
 * is simply not found.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class GroupDirectory {
  @Inject TenantDatabase db;
  @Inject OrderService orders;
  @Inject GroupShipping shipping;

  /** A row of the Groups list: the group and the total of its current members. */
  public record GroupRow(OrderGroup group, BigDecimal total) implements Serializable {}

  /** What the order dashboard links to: the group an order is in now. */
  public record GroupLink(long id, String number, GroupStatus status) implements Serializable {}

  public GroupView view(long groupId) {
    OrderGroup group = db.em().find(OrderGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException("group", groupId);
    }
    List<GroupMember> all = shipping.all(groupId);
    List<GroupView.Member> members =
        all.stream()
            .filter(GroupMember::isCurrent)
            .map(m -> new GroupView.Member(orders.get(m.getOrderId()), m))
            .toList();
    List<GroupMember> former = all.stream().filter(m -> !m.isCurrent()).toList();
    return GroupView.of(group, members, former);
  }

  public GroupView viewByNumber(String number) {
    String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    return db.em()
        .createQuery("SELECT g FROM OrderGroup g WHERE g.number = :n", OrderGroup.class)
        .setParameter("n", n)
        .getResultStream()
        .findFirst()
        .map(g -> view(g.getId()))
        .orElseThrow(() -> new NotFoundException("group", number));
  }

  /** A page of groups: open ones first, then newest first; searched by number or customer. */
  public List<GroupRow> page(PageRequest page) {
    TypedQuery<OrderGroup> q =
        db.em()
            .createQuery(
                "SELECT g FROM OrderGroup g"
                    + where(page.search())
                    + " ORDER BY CASE WHEN g.status = :open THEN 0 ELSE 1 END,"
                    + " g.createdAt DESC, g.id DESC",
                OrderGroup.class)
            .setParameter("open", GroupStatus.OPEN)
            .setFirstResult(page.first())
            .setMaxResults(page.size());
    bind(q, page.search());
    List<OrderGroup> groups = q.getResultList();
    Map<Long, BigDecimal> totals = totals(groups.stream().map(OrderGroup::getId).toList());
    return groups.stream()
        .map(g -> new GroupRow(g, totals.getOrDefault(g.getId(), BigDecimal.ZERO)))
        .toList();
  }

  public long count(String search) {
    TypedQuery<Long> q =
        db.em().createQuery("SELECT COUNT(g) FROM OrderGroup g" + where(search), Long.class);
    bind(q, search);
    return q.getSingleResult();
  }

  /** The group an order is in (open or paid); empty for an order in no group. */
  public Optional<GroupLink> ofOrder(long orderId) {
    return shipping
        .membershipOf(orderId)
        .map(m -> db.em().find(OrderGroup.class, m.getGroupId()))
        .map(g -> new GroupLink(g.getId(), g.getNumber(), g.getStatus()));
  }

  private Map<Long, BigDecimal> totals(List<Long> groupIds) {
    Map<Long, BigDecimal> totals = new HashMap<>();
    if (groupIds.isEmpty()) {
      return totals;
    }
    db.em()
        .createQuery(
            "SELECT o.groupId, SUM(o.total) FROM Order o WHERE o.groupId IN :ids"
                + " GROUP BY o.groupId",
            Object[].class)
        .setParameter("ids", groupIds)
        .getResultList()
        .forEach(r -> totals.put((Long) r[0], new BigDecimal(r[1].toString())));
    return totals;
  }

  private static String where(String search) {
    return blank(search)
        ? ""
        : " WHERE UPPER(g.number) LIKE :s OR LOWER(g.customerEmail) LIKE :s2"
            + " OR LOWER(g.customerName) LIKE :s2";
  }

  private static void bind(TypedQuery<?> q, String search) {
    if (!blank(search)) {
      String s = search.strip().replace("%", "").replace("_", "");
      q.setParameter("s", "%" + s.toUpperCase(Locale.ROOT) + "%");
      q.setParameter("s2", "%" + s.toLowerCase(Locale.ROOT) + "%");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
