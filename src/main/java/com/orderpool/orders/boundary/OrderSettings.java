package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A tenant's order settings: the VAT rate and currency of new orders, the free cancellation window
 * after payment, and the point of no return (the production status from which a fee applies).
 */
@Allow(TENANT_ADMIN)
@Stateless
public class OrderSettings {
  @Inject TenantSettings settings;
  @Inject StatusCatalog statuses;

  public OrderSettingsForm load() {
    OrderSettingsForm f = new OrderSettingsForm();
    f.setVatRate(new BigDecimal(settings.get("vat.rate").orElse("0")));
    f.setCurrency(settings.get("currency").orElse("EUR"));
    f.setCancelWindowHours(Integer.parseInt(settings.get("cancel.free-window-hours").orElse("24")));
    f.setPointOfNoReturn(settings.get("cancel.point-of-no-return").orElse("received"));
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
    settings.put("vat.rate", form.getVatRate().setScale(2).toPlainString());
    settings.put("currency", form.getCurrency());
    settings.put("cancel.free-window-hours", String.valueOf(form.getCancelWindowHours()));
    settings.put("cancel.point-of-no-return", form.getPointOfNoReturn());
  }
}
