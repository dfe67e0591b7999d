package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.RetailerDirectory;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's retailers (sales channels) and their commission rates. Admins keep them; everyone
 * sees them. A retailer with orders is retired rather than deleted.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class Retailers {
  @Inject TenantDatabase db;
  @Inject RetailerDirectory directory;

  /** Every retailer, retired ones too, by code. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<Retailer> all() {
    return directory.all();
  }

  /** The retailers offered for new orders. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<Retailer> active() {
    return directory.all().stream().filter(r -> !r.isRetired()).toList();
  }

  /** The retailer an order came from, if any. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public Optional<Retailer> find(Long id) {
    return directory.find(id);
  }

  /** Adds a retailer ({@code id} null) or changes one; the code of an existing one stays. */
  public Retailer save(
      Long id,
      @Size(max = 20, message = "{retailer.code.size}") String code,
      @NotBlank(message = "{retailer.name.required}")
          @Size(max = 120, message = "{retailer.name.size}")
          String name,
      @Email(message = "{email.invalid}") @Size(max = 254) String email,
      @NotNull(message = "{retailer.rate.required}") BigDecimal commissionRate) {
    if (id != null) {
      Retailer r = directory.get(id);
      r.update(name, email, commissionRate);
      return r;
    }
    if (code == null || code.isBlank()) {
      throw new BusinessException("code", "retailer.code.required");
    }
    if (directory.byCode(code).isPresent()) {
      throw new BusinessException("code", "retailer.code.taken", Retailer.normalCode(code));
    }
    Retailer r = new Retailer(code, name, email, commissionRate);
    db.em().persist(r);
    return r;
  }

  /** Retires a retailer (no longer offered for new orders) or offers it again. */
  public Retailer retire(long id, boolean retired) {
    Retailer r = directory.get(id);
    r.setRetired(retired);
    return r;
  }
}
