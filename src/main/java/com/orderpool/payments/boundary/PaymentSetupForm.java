package com.orderpool.payments.boundary;

import com.orderpool.invoicing.control.InvoiceSettings;
import com.orderpool.payments.entity.PaymentMethod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant admin's payment and invoice settings: manual methods, reminder days, when invoices are
 * created and the invoice / credit-note number formats. Checked by {@link PaymentSetup#save}.
 */
public class PaymentSetupForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private List<PaymentMethod> methods = new ArrayList<>();
  private int reminderDays;
  private InvoiceSettings.Mode invoiceMode;
  private String invoiceFormat;
  private String creditFormat;

  public List<PaymentMethod> getMethods() {
    return methods;
  }

  public void setMethods(List<PaymentMethod> methods) {
    this.methods = methods == null ? new ArrayList<>() : new ArrayList<>(methods);
  }

  public int getReminderDays() {
    return reminderDays;
  }

  public void setReminderDays(int reminderDays) {
    this.reminderDays = reminderDays;
  }

  public InvoiceSettings.Mode getInvoiceMode() {
    return invoiceMode;
  }

  public void setInvoiceMode(InvoiceSettings.Mode invoiceMode) {
    this.invoiceMode = invoiceMode;
  }

  public String getInvoiceFormat() {
    return invoiceFormat;
  }

  public void setInvoiceFormat(String invoiceFormat) {
    this.invoiceFormat = invoiceFormat;
  }

  public String getCreditFormat() {
    return creditFormat;
  }

  public void setCreditFormat(String creditFormat) {
    this.creditFormat = creditFormat;
  }
}
