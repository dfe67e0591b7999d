package com.orderpool.orders.web;

import com.orderpool.orders.boundary.StatusForm;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Settings → Statuses: the tenant's custom statuses and their editor dialog. */
@Named
@ViewScoped
public class StatusesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StatusSettings settings;

  private List<OrderStatus> statuses;
  private StatusForm form = new StatusForm();

  @PostConstruct
  void init() {
    statuses = settings.list();
  }

  public void newStatus() {
    form = new StatusForm();
  }

  public void edit(OrderStatus status) {
    form = StatusForm.of(status);
  }

  public void save() {
    OrderStatus saved = settings.save(form);
    Messages.info("status.saved", saved.getNameEn());
    statuses = settings.list();
  }

  public void retire(OrderStatus status) {
    settings.retire(status.getId());
    Messages.info("status.retired", status.getNameEn());
    statuses = settings.list();
  }

  public void reactivate(OrderStatus status) {
    settings.reactivate(status.getId());
    Messages.info("status.reactivated", status.getNameEn());
    statuses = settings.list();
  }

  public void delete(OrderStatus status) {
    settings.delete(status.getId());
    Messages.info("status.deleted", status.getNameEn());
    statuses = settings.list();
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public FeeType[] getFeeTypes() {
    return FeeType.values();
  }

  public List<OrderStatus> getStatuses() {
    return statuses;
  }

  public StatusForm getForm() {
    return form;
  }
}
