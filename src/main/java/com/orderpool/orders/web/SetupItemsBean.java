package com.orderpool.orders.web;

import com.orderpool.orders.boundary.SetupItemForm;
import com.orderpool.orders.boundary.SetupItems;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The setup charges settings page (tenant admins): add, edit, retire and reactivate items. */
@Named
@ViewScoped
public class SetupItemsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SetupItems setupItems;

  private List<SetupItem> items;
  private SetupItemForm form = new SetupItemForm();
  private String currency;

  @PostConstruct
  void init() {
    items = setupItems.list();
    currency = setupItems.currency();
  }

  public void newItem() {
    form = new SetupItemForm();
  }

  public void edit(SetupItem item) {
    form = SetupItemForm.of(item);
  }

  public void save() {
    SetupItem saved = setupItems.save(form);
    Messages.info("setup.saved", saved.getNameEn());
    items = setupItems.list();
  }

  public void retire(SetupItem item) {
    setupItems.retire(item.getId());
    Messages.info("setup.retired", item.getNameEn());
    items = setupItems.list();
  }

  public void reactivate(SetupItem item) {
    setupItems.reactivate(item.getId());
    Messages.info("setup.reactivated", item.getNameEn());
    items = setupItems.list();
  }

  public List<SetupItem> getItems() {
    return items;
  }

  public SetupItemForm getForm() {
    return form;
  }

  public String getCurrency() {
    return currency;
  }
}
