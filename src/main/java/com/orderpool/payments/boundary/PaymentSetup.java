package com.orderpool.payments.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.control.DocNumberFormat;
import com.orderpool.invoicing.control.DocumentNumbering;
import com.orderpool.invoicing.control.InvoiceSettings;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.payments.control.PaymentSettings;
import com.orderpool.payments.control.PspSecrets;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * The payments settings page (tenant admins): manual payment methods, payment reminders, invoice
 * mode and number formats, and the payment providers whose callbacks are accepted, each with its
 * signing secret (generated here, shown once, rotated with a grace period, removed).
 */
@Allow(TENANT_ADMIN)
@Stateless
public class PaymentSetup {
  public static final int MAX_REMINDER_DAYS = 90;

  @Inject TenantContext tenant;
  @Inject TenantSettings settings;
  @Inject PaymentSettings payments;
  @Inject InvoiceSettings invoices;
  @Inject DocumentNumbering numbering;
  @Inject PspSecrets secrets;
  @Inject Clock clock;

  public PaymentSetupForm load() {
    PaymentSetupForm f = new PaymentSetupForm();
    f.setMethods(payments.manualMethods());
    f.setReminderDays(payments.reminderDays());
    f.setInvoiceMode(invoices.mode());
    f.setInvoiceFormat(numbering.formatOf(DocKind.INVOICE));
    f.setCreditFormat(numbering.formatOf(DocKind.CREDIT_NOTE));
    return f;
  }

  public void save(@NotNull PaymentSetupForm form) {
    List<PaymentMethod> methods =
        form.getMethods().stream().filter(PaymentMethod::isManual).distinct().toList();
    if (methods.isEmpty()) {
      throw new BusinessException("methods", "paymentSettings.methods.required");
    }
    if (form.getReminderDays() < 0 || form.getReminderDays() > MAX_REMINDER_DAYS) {
      throw new BusinessException(
          "reminderDays", "paymentSettings.reminderDays.range", MAX_REMINDER_DAYS);
    }
    if (form.getInvoiceMode() == null) {
      throw new BusinessException("invoiceMode", "paymentSettings.invoiceMode.required");
    }
    String invoiceFormat = checkedFormat("invoiceFormat", form.getInvoiceFormat());
    String creditFormat = checkedFormat("creditFormat", form.getCreditFormat());
    payments.setManualMethods(methods);
    payments.setReminderDays(form.getReminderDays());
    invoices.setMode(form.getInvoiceMode());
    settings.put(DocumentNumbering.INVOICE_FORMAT, invoiceFormat);
    settings.put(DocumentNumbering.CREDIT_FORMAT, creditFormat);
  }

  public List<PspSecrets.Provider> providers() {
    return secrets.providers();
  }

  /** Adds a provider and returns its new secret, to be shown once. */
  public String addProvider(String name) {
    return secrets.add(name == null ? null : name.strip(), clock.instant());
  }

  /** A new secret for a provider (the old one works 24 more hours), to be shown once. */
  public String rotateSecret(String name) {
    return secrets.rotate(name, clock.instant());
  }

  public void removeProvider(String name) {
    secrets.remove(name);
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
