package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * The tenant's setup items (tenant admins): one-time charges such as custom stamps that a
 * customer's first MTO order may carry. Items are retired rather than deleted, so old orders keep
 * pointing at them.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class SetupItems {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject TenantProfile profile;

  /** Every item: active ones first, then by name. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<SetupItem> list() {
    return db.em()
        .createQuery(
            "SELECT s FROM SetupItem s ORDER BY s.active DESC, s.nameEn, s.id", SetupItem.class)
        .getResultList();
  }

  /** Adds an item (no id in the form) or changes one (at the version the admin saw). */
  public SetupItem save(@NotNull @Valid SetupItemForm form) {
    if (form.getId() == null) {
      SetupItem item =
          new SetupItem(
              form.getNameEn(), form.getNameEs(), form.getPrice(), tenant.actor(), clock.instant());
      db.em().persist(item);
      return saved(item);
    }
    SetupItem item = get(form.getId());
    if (item.getVersion() != form.getVersion()) {
      throw new ConflictException(null, "setup.changedMeanwhile", item.getNameEn());
    }
    item.change(form.getNameEn(), form.getNameEs(), form.getPrice());
    return saved(item);
  }

  /** No longer offered to new orders. */
  public SetupItem retire(long id) {
    SetupItem item = get(id);
    item.retire();
    return saved(item);
  }

  public SetupItem reactivate(long id) {
    SetupItem item = get(id);
    item.reactivate();
    return saved(item);
  }

  /** The tenant's currency, for the page's prices. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public String currency() {
    return profile.currency();
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public SetupItem get(long id) {
    SetupItem item = db.em().find(SetupItem.class, id);
    if (item == null) {
      throw new NotFoundException("setup item", id);
    }
    return item;
  }

  private SetupItem saved(SetupItem item) {
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(null, "setup.changedMeanwhile", item.getNameEn());
    }
    return item;
  }
}
