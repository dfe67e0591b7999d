package com.orderpool.payments.web;

import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The pay page of one order: its cost summary, the payments so far and the form to record one
 * (partial payments allowed). Paying in full launches the order into production.
 */
@Named
@ViewScoped
public class PayBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Payments payments;
  @Inject OrderService orders;
  @Inject com.orderpool.orders.web.OrderFacts facts;

  private String number;
  private Payments.PayPage page;
  private PaymentInput input;

  public void load() {
    show(orders.getByNumber(number == null ? "" : number).getId());
  }

  public void record() {
    Order before = page.order();
    Order after = payments.record(before.getId(), input, before.getVersion());
    if (after.getPhase() != before.getPhase()) {
      Messages.info("payment.paidInFull", after.getNumber());
    } else {
      Messages.info(
          "payment.recorded",
          facts.money(input.getAmount(), after.getCurrency()),
          after.getNumber());
    }
    show(after.getId());
  }

  private void show(long orderId) {
    page = payments.payPage(orderId);
    number = page.order().getNumber();
    input = new PaymentInput(null, page.order().balanceDue(), page.today());
    if (!page.methods().isEmpty()) {
      input.setMethod(page.methods().get(0));
    }
  }

  /** The methods offered: the tenant's manual ones, and customer credit when there is some. */
  public List<PaymentMethod> getMethods() {
    List<PaymentMethod> all = new ArrayList<>(page.methods());
    if (page.creditBalance().signum() > 0) {
      all.add(PaymentMethod.CUSTOMER_CREDIT);
    }
    return all;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Payments.PayPage getPage() {
    return page;
  }

  public Order getOrder() {
    return page.order();
  }

  public PaymentInput getInput() {
    return input;
  }
}
