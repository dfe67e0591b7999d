package com.orderpool.shipping.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.control.OnAccount;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The tenant's shipping methods: name (English, Spanish), carrier and tracking page. Admins keep
 * them; everyone sees them. A method in use is retired rather than deleted. Also the tenant's
 * shipping setting: whether trusted customers' orders may ship before payment.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class ShippingMethods {
  @Inject TenantDatabase db;
  @Inject OnAccount onAccount;

  /** Every method, retired ones too, in their order. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ShippingMethod> all() {
    return db.em()
        .createQuery(
            "SELECT m FROM ShippingMethod m ORDER BY m.displayOrder, m.id", ShippingMethod.class)
        .getResultList();
  }

  /** The methods offered for new shipments and orders. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ShippingMethod> active() {
    return all().stream().filter(m -> !m.isRetired()).toList();
  }

  /**
   * The id of the active method with this name (English or Spanish, any case), as an order sent by
   * a machine names it; a field error on {@code field} when there is none.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public long activeNamed(@NotBlank String name, @NotBlank String field) {
    return active().stream()
        .filter(
            m ->
                name.strip().equalsIgnoreCase(m.getNameEn())
                    || name.strip().equalsIgnoreCase(m.getNameEs())
                    || name.strip().equalsIgnoreCase(m.name(java.util.Locale.ENGLISH)))
        .map(ShippingMethod::getId)
        .findFirst()
        .orElseThrow(() -> new BusinessException(field, "api.shippingMethod.unknown", name));
  }

  /**
   * Whether trusted customers' orders may go into production and ship before payment, on account
   * (off by default).
   */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public boolean shipsBeforePayment() {
    return onAccount.tenantAllows();
  }

  /** Allows or stops trusted customers' orders going ahead before payment. */
  public boolean setShipsBeforePayment(boolean allowed) {
    onAccount.setTenantAllows(allowed);
    return onAccount.tenantAllows();
  }

  /** Adds a method ({@code id} null) or changes one. */
  public ShippingMethod save(
      Long id,
      @NotBlank @Size(max = 80) String nameEn,
      @Size(max = 80) String nameEs,
      @NotBlank @Size(max = 80) String carrier,
      @Size(max = 500) String trackingUrl) {
    String url = trackingUrl == null ? null : trackingUrl.strip();
    if (url != null && !url.isEmpty()) {
      if (!url.matches("(?i)https?://[^\\s]+")) {
        throw new BusinessException("trackingUrl", "shipping.method.url.invalid");
      }
      if (!url.contains(ShippingMethod.PLACEHOLDER)) {
        throw new BusinessException(
            "trackingUrl", "shipping.method.url.placeholder", ShippingMethod.PLACEHOLDER);
      }
    }
    if (id == null) {
      int next = all().stream().mapToInt(ShippingMethod::getDisplayOrder).max().orElse(0) + 10;
      ShippingMethod m = new ShippingMethod(nameEn, nameEs, carrier, url, next);
      db.em().persist(m);
      return m;
    }
    ShippingMethod m = find(id);
    m.update(nameEn, nameEs, carrier, url);
    return m;
  }

  /** Retires a method (no longer offered) or offers it again. */
  public ShippingMethod retire(long id, boolean retired) {
    ShippingMethod m = find(id);
    m.setRetired(retired);
    return m;
  }

  private ShippingMethod find(long id) {
    ShippingMethod m = db.em().find(ShippingMethod.class, id);
    if (m == null) {
      throw new NotFoundException("shippingMethod", id);
    }
    return m;
  }
}
