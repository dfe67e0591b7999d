package com.orderpool.invoicing.boundary;

import com.orderpool.invoicing.control.InvoiceSettings;
import java.io.Serializable;

/**
 * A tenant admin's invoice settings: when invoices are created and the invoice / credit-note number
 * formats. Checked by {@link InvoiceSetup#save}.
 */
public class InvoiceSetupForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private InvoiceSettings.Mode invoiceMode;
  private String invoiceFormat;
  private String creditFormat;

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
