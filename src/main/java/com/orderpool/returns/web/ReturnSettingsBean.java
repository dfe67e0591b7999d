package com.orderpool.returns.web;

import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.returns.boundary.ReturnConfig;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The Returns settings page: reasons, actions offered, shipping refunds, repair status. */
@Named
@ViewScoped
public class ReturnSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReturnConfig config;

  private String reasons;

  /** Action names: a many-select hands the bean strings. */
  private List<String> actions;

  private boolean refundShipping;
  private String repairStatus;

  @PostConstruct
  void load() {
    show(config.get());
  }

  public void save() {
    show(
        config.save(
            new ReturnConfig.Values(
                reasons,
                actions.stream().map(ReturnAction::valueOf).toList(),
                refundShipping,
                repairStatus)));
    Messages.info("return.settings.saved");
  }

  private void show(ReturnConfig.Values v) {
    reasons = v.reasons();
    actions = new ArrayList<>(v.actions().stream().map(Enum::name).toList());
    refundShipping = v.refundShipping();
    repairStatus = v.repairStatus();
  }

  public ReturnAction[] getAllActions() {
    return ReturnAction.values();
  }

  public List<OrderStatus> getRepairStatuses() {
    return config.repairStatuses();
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  public List<String> getActions() {
    return actions;
  }

  public void setActions(List<String> actions) {
    this.actions = actions;
  }

  public boolean isRefundShipping() {
    return refundShipping;
  }

  public void setRefundShipping(boolean refundShipping) {
    this.refundShipping = refundShipping;
  }

  public String getRepairStatus() {
    return repairStatus;
  }

  public void setRepairStatus(String repairStatus) {
    this.repairStatus = repairStatus;
  }
}
