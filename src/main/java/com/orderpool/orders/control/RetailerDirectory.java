package com.orderpool.orders.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The current tenant's retailers, read for orders, reports and e-mails. */
@ApplicationScoped
public class RetailerDirectory {
  @Inject TenantDatabase db;

  /** Every retailer, retired ones too, by code. */
  public List<Retailer> all() {
    return db.em()
        .createQuery("SELECT r FROM Retailer r ORDER BY r.code", Retailer.class)
        .getResultList();
  }

  /** The retailer with this id; not found when the tenant has none. */
  public Retailer get(long id) {
    Retailer r = db.em().find(Retailer.class, id);
    if (r == null) {
      throw new NotFoundException("retailer", id);
    }
    return r;
  }

  /** The retailer with this id, if any (an order's, which may have none). */
  public Optional<Retailer> find(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(db.em().find(Retailer.class, id));
  }

  /** The retailer with this code (any case), retired or not. */
  public Optional<Retailer> byCode(String code) {
    return db.em()
        .createQuery("SELECT r FROM Retailer r WHERE r.code = :c", Retailer.class)
        .setParameter("c", Retailer.normalCode(code))
        .getResultStream()
        .findFirst();
  }

  /**
   * The active retailer with this code, as an order names it; null for a blank code, and a field
   * error on {@code field} when the tenant has no active retailer with it.
   */
  public Retailer activeByCode(String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return byCode(code)
        .filter(r -> !r.isRetired())
        .orElseThrow(() -> new BusinessException(field, "order.retailer.unknown", code.strip()));
  }
}
