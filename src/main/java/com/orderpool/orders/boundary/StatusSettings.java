package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant admin's custom statuses: add, rename, reorder, set fees and next statuses, retire. A
 * status in use is never deleted, only retired; the phases the workflow needs keep one active
 * status.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class StatusSettings {
  private static final Set<Phase> REQUIRED =
      EnumSet.of(Phase.PENDING_PAYMENT, Phase.ON_HOLD, Phase.IN_PRODUCTION, Phase.CANCELLED);

  @Inject TenantDatabase db;
  @Inject StatusCatalog catalog;

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<OrderStatus> list() {
    List<OrderStatus> all = catalog.all();
    all.forEach(s -> s.getNextStatuses().size());
    return all;
  }

  public OrderStatus save(@NotNull @Valid StatusForm form) {
    checkFee(form);
    OrderStatus status = form.getId() == null ? new OrderStatus() : catalog.get(form.getId());
    boolean codeTaken =
        catalog.all().stream()
            .anyMatch(s -> s.getCode().equals(form.getCode().strip()) && !s.equals(status));
    if (codeTaken) {
      throw new ConflictException("code", "status.code.taken", form.getCode());
    }
    if (status.getId() != null
        && status.getPhase() != form.getPhase()
        && catalog.ordersIn(status) > 0) {
      throw new BusinessException("phase", "status.phaseInUse");
    }
    if (status.getId() != null && status.getPhase() != form.getPhase()) {
      requireAnotherActive(status);
    }
    form.applyTo(status);
    status.getNextStatuses().clear();
    for (Long id : form.getNextStatusIds()) {
      OrderStatus next = catalog.get(id);
      if (!next.equals(status)) {
        status.getNextStatuses().add(next);
      }
    }
    if (status.getId() == null) {
      db.em().persist(status);
    }
    db.em().flush();
    return status;
  }

  public void retire(long id) {
    OrderStatus status = catalog.get(id);
    requireAnotherActive(status);
    status.setRetired(true);
  }

  public void reactivate(long id) {
    catalog.get(id).setRetired(false);
  }

  /** Deletes an unused status; one in use must be retired instead. */
  public void delete(long id) {
    OrderStatus status = catalog.get(id);
    if (catalog.ordersIn(status) > 0) {
      throw BusinessException.of("status.inUse", status.getNameEn());
    }
    requireAnotherActive(status);
    catalog.all().forEach(s -> s.getNextStatuses().remove(status));
    db.em().remove(status);
  }

  private void requireAnotherActive(OrderStatus status) {
    if (!REQUIRED.contains(status.getPhase()) || status.isRetired()) {
      return;
    }
    long others =
        catalog.all().stream()
            .filter(s -> s.getPhase() == status.getPhase() && s.isActive() && !s.equals(status))
            .count();
    if (others == 0) {
      throw BusinessException.of("status.lastOfPhase", status.getPhase().name());
    }
  }

  private static void checkFee(StatusForm f) {
    if (f.getFeeType() == FeeType.NONE) {
      return;
    }
    if (f.getFeeValue() == null) {
      throw new BusinessException("feeValue", "status.fee.required");
    }
    if (f.getFeeType() == FeeType.PERCENT
        && f.getFeeValue().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessException("feeValue", "status.fee.percentRange");
    }
    if (f.getFeeMin() != null
        && f.getFeeMax() != null
        && f.getFeeMin().compareTo(f.getFeeMax()) > 0) {
      throw new BusinessException("feeMax", "status.fee.minMax");
    }
  }
}
