package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.boundary.GroupView;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The group page: members, cost summary and saving, remove an order, dissolve, pay. */
@Named
@ViewScoped
public class GroupBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupDirectory directory;
  @Inject GroupInvoicing groups;

  private Long id;
  private String number;
  private boolean created;
  private GroupView view;
  private List<PaymentMethod> methods;
  private PaymentInput payment;

  public void load() {
    view = id != null ? directory.view(id) : directory.viewByNumber(number);
    methods = groups.manualMethods();
    if (created) {
      Messages.info("group.created", group().getNumber(), group().getMembers());
    }
  }

  public void remove(GroupView.Member member) {
    OrderGroup g = groups.remove(group().getId(), member.order().getId(), group().getVersion());
    reload();
    Messages.info(
        g.isOpen() ? "group.removed" : "group.removedAndDissolved",
        member.order().getNumber(),
        g.getNumber());
  }

  public void dissolve() {
    OrderGroup g = groups.dissolve(group().getId(), group().getVersion());
    reload();
    Messages.info("group.dissolved", g.getNumber());
  }

  /** Opens the pay dialog with the group's balance, today and the first method. */
  public void preparePay() {
    reload();
    payment = groups.draftPayment(group().getId());
  }

  public void pay() {
    OrderGroup g = groups.pay(group().getId(), payment, group().getVersion());
    reload();
    Messages.info("group.paid.done", g.getNumber(), g.getInvoiceNumber());
  }

  private void reload() {
    view = directory.view(group().getId());
  }

  private OrderGroup group() {
    return view.group();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** Set by the link the pool's "Group" action opens: the page then says the group was made. */
  public boolean isCreated() {
    return created;
  }

  public void setCreated(boolean created) {
    this.created = created;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public GroupView getView() {
    return view;
  }

  public List<PaymentMethod> getMethods() {
    return methods;
  }

  public PaymentInput getPayment() {
    return payment;
  }
}
