package com.orderpool.invoicing.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.control.ShippingRateSettings;
import com.orderpool.invoicing.entity.ShippingRates;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tenant's group shipping rate table (tenant admins): read it, change it, and the example
 * groups of 1 to 5 items the settings page shows.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class ShippingRateTable {
  public static final int EXAMPLE_ITEMS = 5;

  @Inject ShippingRateSettings rates;
  @Inject TenantProfile profile;
  @Inject TenantContext tenant;

  /** A group of {@code items}: its shipping, the shipping per item, and the saving. */
  public record Example(int items, BigDecimal total, BigDecimal perItem, BigDecimal saving)
      implements Serializable {}

  public ShippingRatesForm load() {
    ShippingRates r = rates.current();
    return new ShippingRatesForm(r.first(), r.additional());
  }

  public ShippingRates save(@NotNull @Valid ShippingRatesForm form) {
    if (form.getAdditional().compareTo(form.getFirst()) > 0) {
      throw new BusinessException("additional", "shipping.rates.additionalAboveFirst");
    }
    ShippingRates r = new ShippingRates(form.getFirst(), form.getAdditional());
    rates.save(r);
    return r;
  }

  /** The tenant's currency, for the page's amounts. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public String currency() {
    return profile.currency();
  }

  /** Example groups of 1..5 items at the given rates (the page's live table). */
  public static List<Example> examples(ShippingRates r) {
    return IntStream.rangeClosed(1, EXAMPLE_ITEMS)
        .mapToObj(n -> new Example(n, r.groupShipping(n), r.perItem(n), r.savingAgainstSingles(n)))
        .toList();
  }
}
