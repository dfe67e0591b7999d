package com.orderpool.invoicing.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.control.DocNumberFormat;
import com.orderpool.invoicing.control.InvoiceSettings;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * The invoice settings (tenant admins): when invoices are created and the number formats of
 * invoices and credit notes. A format is checked before it is stored, so numbering never meets an
 * unusable one.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class InvoiceSetup {
  @Inject InvoiceSettings settings;

  public InvoiceSetupForm load() {
    InvoiceSetupForm f = new InvoiceSetupForm();
    f.setInvoiceMode(settings.mode());
    f.setInvoiceFormat(settings.numberFormat(DocKind.INVOICE));
    f.setCreditFormat(settings.numberFormat(DocKind.CREDIT_NOTE));
    return f;
  }

  public void save(@NotNull InvoiceSetupForm form) {
    if (form.getInvoiceMode() == null) {
      throw new BusinessException("invoiceMode", "paymentSettings.invoiceMode.required");
    }
    String invoiceFormat = checkedFormat("invoiceFormat", form.getInvoiceFormat());
    String creditFormat = checkedFormat("creditFormat", form.getCreditFormat());
    settings.setMode(form.getInvoiceMode());
    settings.setNumberFormat(DocKind.INVOICE, invoiceFormat);
    settings.setNumberFormat(DocKind.CREDIT_NOTE, creditFormat);
  }

  /** A format as entered, or the form field's error from {@link DocNumberFormat#parse}. */
  private static String checkedFormat(String field, String format) {
    String f = format == null ? null : format.strip();
    try {
      DocNumberFormat.parse(f);
      return f;
    } catch (BusinessException e) {
      throw new BusinessException(field, e.messageKey(), e.args());
    }
  }
}
