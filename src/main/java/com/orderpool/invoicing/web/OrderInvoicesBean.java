package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.boundary.Invoicing.Creditable;
import com.orderpool.invoicing.control.InvoiceFactory.CreditLine;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.Settlement;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Invoices tab of the order dashboard: the order's invoices and credit notes, issuing one by
 * hand, the details dialog (paid mark, delivery time, custom text), credit notes and settling them.
 */
@Named
@ViewScoped
public class OrderInvoicesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Invoicing invoicing;
  @Inject OrderDashboardBean dashboard;

  private List<Invoice> docs;
  private Invoice selected;
  private boolean paid;
  private String deliveryTime;
  private String customText;
  private List<CreditRow> creditRows = new ArrayList<>();
  private boolean withShipping;
  private boolean withCustomization;
  private boolean shippingCredited;
  private PaymentMethod refundMethod = PaymentMethod.BANK_TRANSFER;
  private String printLanguage;

  /** One line of the credit-note form: the invoice line, what is left, and how many to credit. */
  public static class CreditRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Creditable creditable;
    private int quantity;

    CreditRow(Creditable c) {
      this.creditable = c;
    }

    public Creditable getCreditable() {
      return creditable;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }
  }

  public List<Invoice> getDocs() {
    if (docs == null) {
      docs = invoicing.ofOrder(dashboard.getOrder().getId());
    }
    return docs;
  }

  public void issue() {
    Invoice inv = invoicing.issue(dashboard.getOrder().getId());
    refresh();
    Messages.info("invoice.issued", inv.getNumber());
  }

  public void resend(Invoice inv) {
    invoicing.resend(inv.getId(), printLanguage);
    Messages.info("invoice.resent", inv.getNumber(), inv.getCustomerEmail());
  }

  public void openDetails(Invoice inv) {
    selected = inv;
    paid = inv.isPaid();
    deliveryTime = inv.getDeliveryTime();
    customText = inv.getCustomText();
  }

  public void saveDetails() {
    Invoice inv =
        invoicing.saveDetails(
            selected.getId(), paid, deliveryTime, customText, selected.getVersion());
    refresh();
    Messages.info("invoice.saved", inv.getNumber());
  }

  public void openCredit(Invoice inv) {
    selected = inv;
    creditRows = invoicing.creditable(inv.getId()).stream().map(CreditRow::new).toList();
    shippingCredited = invoicing.shippingCredited(inv.getId());
    withShipping = false;
    withCustomization = false;
  }

  public void createCredit() {
    List<CreditLine> lines =
        creditRows.stream()
            .filter(r -> r.getQuantity() > 0)
            .map(r -> new CreditLine(r.getCreditable().line().getId(), r.getQuantity()))
            .toList();
    Invoice note = invoicing.creditNote(selected.getId(), lines, withShipping, withCustomization);
    refresh();
    Messages.info("creditNote.created", note.getNumber());
  }

  public void openSettle(Invoice note) {
    selected = note;
    refundMethod = PaymentMethod.BANK_TRANSFER;
  }

  public void refund() {
    settle(Settlement.REFUNDED);
  }

  public void keepAsCredit() {
    settle(Settlement.CUSTOMER_CREDIT);
  }

  private void settle(Settlement how) {
    Invoice note = invoicing.settle(selected.getId(), how, refundMethod);
    refresh();
    Messages.info("creditNote.settled", note.getNumber());
  }

  private void refresh() {
    docs = null;
    dashboard.refresh(dashboard.reloaded());
  }

  /** The number of the invoice a credit note corrects. */
  public String creditedNumber(Invoice note) {
    return getDocs().stream()
        .filter(d -> d.getId().equals(note.getCreditedInvoiceId()))
        .map(Invoice::getNumber)
        .findFirst()
        .orElse("");
  }

  public List<PaymentMethod> getRefundMethods() {
    return List.copyOf(PaymentMethod.MANUAL);
  }

  public Invoice getSelected() {
    return selected;
  }

  public boolean isPaid() {
    return paid;
  }

  public void setPaid(boolean paid) {
    this.paid = paid;
  }

  public String getDeliveryTime() {
    return deliveryTime;
  }

  public void setDeliveryTime(String deliveryTime) {
    this.deliveryTime = deliveryTime;
  }

  public String getCustomText() {
    return customText;
  }

  public void setCustomText(String customText) {
    this.customText = customText;
  }

  public List<CreditRow> getCreditRows() {
    return creditRows;
  }

  public boolean isWithShipping() {
    return withShipping;
  }

  public void setWithShipping(boolean withShipping) {
    this.withShipping = withShipping;
  }

  public boolean isWithCustomization() {
    return withCustomization;
  }

  public void setWithCustomization(boolean withCustomization) {
    this.withCustomization = withCustomization;
  }

  public boolean isShippingCredited() {
    return shippingCredited;
  }

  public PaymentMethod getRefundMethod() {
    return refundMethod;
  }

  public void setRefundMethod(PaymentMethod refundMethod) {
    this.refundMethod = refundMethod;
  }

  public String getPrintLanguage() {
    return printLanguage;
  }

  public void setPrintLanguage(String printLanguage) {
    this.printLanguage = printLanguage;
  }
}
