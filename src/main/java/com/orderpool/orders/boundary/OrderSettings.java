package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Currency;
import java.util.List;

/**
 * A tenant's order settings: the VAT rate and currency of new orders, the free cancellation window
 * after payment, and the point of no return (the production status from which a fee applies).
 */
@Allow(TENANT_ADMIN)
@Stateless
public class OrderSettings {
  @Inject OrderSettingsValues values;
  @Inject TenantProfile profile;
  @Inject StatusCatalog statuses;

  public OrderSettingsForm load() {
    OrderSettingsForm f = new OrderSettingsForm();
    f.setVatRate(values.vatRate());
    f.setCurrency(profile.currency());
    f.setCancelWindowHours(values.cancelWindowHours());
    f.setPointOfNoReturn(values.pointOfNoReturn());
    return f;
  }

  /** The statuses that can be the point of no return: the active production statuses. */
  public List<OrderStatus> pointOfNoReturnChoices() {
    return statuses.all().stream()
        .filter(s -> s.getPhase() == Phase.IN_PRODUCTION && s.isActive())
        .toList();
  }

  public void save(@NotNull @Valid OrderSettingsForm form) {
    try {
      Currency.getInstance(form.getCurrency());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("currency", "settings.currency.invalid");
    }
    boolean known =
        pointOfNoReturnChoices().stream()
            .anyMatch(s -> s.getCode().equals(form.getPointOfNoReturn()));
    if (!known) {
      throw new BusinessException("pointOfNoReturn", "settings.pointOfNoReturn.required");
    }
    values.setVatRate(form.getVatRate());
    profile.setCurrency(form.getCurrency());
    values.setCancelWindowHours(form.getCancelWindowHours());
    values.setPointOfNoReturn(form.getPointOfNoReturn());
  }
}
