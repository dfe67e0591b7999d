package com.orderpool.returns.control;

import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tenant's return settings: the reasons customers may give ({@code returns.reasons}, one per
 * line; the four defaults are shown in the reader's language), the actions offered ({@code
 * returns.actions}, all four by default), whether a refund includes the invoice's shipping ({@code
 * returns.refund-shipping}, off by default) and the production status a repair goes back to ({@code
 * returns.repair-status}, the first production status when blank).
 */
@ApplicationScoped
public class ReturnSettings {
  public static final String REASONS = "returns.reasons";
  public static final String ACTIONS = "returns.actions";
  public static final String REFUND_SHIPPING = "returns.refund-shipping";
  public static final String REPAIR_STATUS = "returns.repair-status";

  /** The default reasons: keys of texts in both languages. */
  public static final List<String> DEFAULT_REASONS =
      List.of("damaged", "wrong-size", "not-as-described", "changed-mind");

  @Inject TenantSettings settings;

  public List<String> reasons() {
    List<String> set =
        settings.get(REASONS).stream()
            .flatMap(r -> Arrays.stream(r.split("\n")))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .distinct()
            .toList();
    return set.isEmpty() ? DEFAULT_REASONS : set;
  }

  public void setReasons(List<String> reasons) {
    settings.put(REASONS, String.join("\n", reasons));
  }

  public List<ReturnAction> actions() {
    Set<ReturnAction> chosen = EnumSet.noneOf(ReturnAction.class);
    Arrays.stream(settings.get(ACTIONS).orElse("").split(","))
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .forEach(
            s -> {
              try {
                chosen.add(ReturnAction.valueOf(s));
              } catch (IllegalArgumentException unknown) {
                // blank, or an action this version does not know
              }
            });
    return chosen.isEmpty() ? List.of(ReturnAction.values()) : List.copyOf(chosen);
  }

  public void setActions(List<ReturnAction> actions) {
    settings.put(ACTIONS, String.join(",", actions.stream().map(Enum::name).toList()));
  }

  public boolean refundShipping() {
    return settings.get(REFUND_SHIPPING).map(Boolean::parseBoolean).orElse(false);
  }

  public void setRefundShipping(boolean refund) {
    settings.put(REFUND_SHIPPING, Boolean.toString(refund));
  }

  public String repairStatus() {
    return settings.get(REPAIR_STATUS).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  public void setRepairStatus(String code) {
    settings.put(REPAIR_STATUS, code == null ? "" : code.strip());
  }
}
