package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.ShippingRates;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The tenant's group shipping rate: {@code shipping.group.first} (the first item of a group) and
 * {@code shipping.group.additional} (each further item). Unset or unreadable values fall back to
 * {@link ShippingRates#DEFAULT}.
 */
@ApplicationScoped
public class ShippingRateSettings {
  public static final String FIRST = "shipping.group.first";
  public static final String ADDITIONAL = "shipping.group.additional";

  @Inject TenantSettings settings;

  public ShippingRates current() {
    Optional<BigDecimal> first = money(FIRST);
    Optional<BigDecimal> additional = money(ADDITIONAL);
    if (first.isEmpty() || additional.isEmpty()) {
      return ShippingRates.DEFAULT;
    }
    try {
      return new ShippingRates(first.get(), additional.get());
    } catch (IllegalArgumentException inconsistent) {
      return ShippingRates.DEFAULT;
    }
  }

  public void save(ShippingRates rates) {
    settings.put(FIRST, rates.first().toPlainString());
    settings.put(ADDITIONAL, rates.additional().toPlainString());
  }

  private Optional<BigDecimal> money(String key) {
    try {
      return settings.get(key).map(String::strip).filter(s -> !s.isEmpty()).map(BigDecimal::new);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
