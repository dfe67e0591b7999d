package com.orderpool.collaboration.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.collaboration.entity.Memo;
import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.OrderpoolPrincipal;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;

/**
 * Internal memos on the current tenant's orders: staff write them, everyone of the tenant reads
 * them newest first, and only the author may delete one. Memos never reach customers.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class MemoService {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject Clock clock;

  @Allow({TENANT_ADMIN, STAFF})
  public Memo add(
      long orderId,
      @NotBlank(message = "{memo.text.required}")
          @Size(max = Memo.MAX_LENGTH, message = "{memo.text.size}")
          String memoText) {
    orders.get(orderId);
    String authorName =
        tenant.principal().map(OrderpoolPrincipal::displayName).orElse(tenant.actor());
    Memo memo = new Memo(orderId, memoText, tenant.actor(), authorName, clock.instant());
    db.em().persist(memo);
    db.em().flush();
    return memo;
  }

  /** An order's memos, newest first. */
  public List<Memo> ofOrder(long orderId) {
    orders.get(orderId);
    return db.em()
        .createQuery(
            "SELECT m FROM Memo m WHERE m.orderId = :o ORDER BY m.createdAt DESC, m.id DESC",
            Memo.class)
        .setParameter("o", orderId)
        .getResultList();
  }

  public Memo get(long memoId) {
    Memo memo = db.em().find(Memo.class, memoId);
    if (memo == null) {
      throw new NotFoundException("memo", memoId);
    }
    return memo;
  }

  /** Deletes a memo; only its author may. */
  @Allow({TENANT_ADMIN, STAFF})
  public void delete(long memoId) {
    Memo memo = get(memoId);
    if (!memo.isWrittenBy(tenant.actor())) {
      throw BusinessException.of("memo.delete.notAuthor");
    }
    db.em().remove(memo);
  }
}
