package com.orderpool.returns.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.returns.control.ReturnSettings;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tenant's return settings: reasons, actions offered, shipping refunds, repair status. */
@Allow(TENANT_ADMIN)
@Stateless
public class ReturnConfig {
  public static final int MAX_REASONS = 30;
  public static final int MAX_REASON_LENGTH = 80;

  @Inject ReturnSettings settings;
  @Inject StatusCatalog statuses;

  /** The settings as the settings page shows them; reasons one per line. */
  public record Values(
      String reasons, List<ReturnAction> actions, boolean refundShipping, String repairStatus)
      implements Serializable {}

  public Values get() {
    return new Values(
        String.join("\n", settings.reasons()),
        settings.actions(),
        settings.refundShipping(),
        settings.repairStatus());
  }

  /** The production statuses a repair may go back to. */
  public List<OrderStatus> repairStatuses() {
    return statuses.all().stream().filter(s -> s.getPhase() == Phase.IN_PRODUCTION).toList();
  }

  public Values save(@NotNull Values v) {
    List<String> reasons = new ArrayList<>();
    Arrays.stream(v.reasons() == null ? new String[0] : v.reasons().split("\\R"))
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .distinct()
        .forEach(reasons::add);
    if (reasons.isEmpty()) {
      throw new BusinessException("reasons", "return.settings.reasons.required");
    }
    if (reasons.size() > MAX_REASONS) {
      throw new BusinessException("reasons", "return.settings.reasons.tooMany", MAX_REASONS);
    }
    for (String r : reasons) {
      if (r.length() > MAX_REASON_LENGTH) {
        throw new BusinessException(
            "reasons", "return.settings.reasons.long", r, MAX_REASON_LENGTH);
      }
    }
    if (v.actions() == null || v.actions().isEmpty()) {
      throw new BusinessException("actions", "return.settings.actions.required");
    }
    String repair = v.repairStatus() == null ? "" : v.repairStatus().strip();
    if (!repair.isEmpty() && repairStatuses().stream().noneMatch(s -> s.getCode().equals(repair))) {
      throw new BusinessException("repairStatus", "return.settings.repairStatus.invalid");
    }
    settings.setReasons(reasons);
    settings.setActions(v.actions());
    settings.setRefundShipping(v.refundShipping());
    settings.setRepairStatus(repair);
    return get();
  }
}
