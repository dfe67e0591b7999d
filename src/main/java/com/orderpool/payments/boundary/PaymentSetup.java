package com.orderpool.payments.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.payments.control.PaymentSettings;
import com.orderpool.payments.control.PspSecrets;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * The payment settings (tenant admins): manual payment methods, payment reminders, and the payment
 * providers whose callbacks are accepted, each with its signing secret (generated here, shown once,
 * rotated with a grace period, removed). The invoice settings on the same page are invoicing's
 * ({@code InvoiceSetup}).
 */
@Allow(TENANT_ADMIN)
@Stateless
public class PaymentSetup {
  public static final int MAX_REMINDER_DAYS = 90;

  @Inject PaymentSettings payments;
  @Inject PspSecrets secrets;
  @Inject Clock clock;

  public PaymentSetupForm load() {
    PaymentSetupForm f = new PaymentSetupForm();
    f.setMethods(payments.manualMethods());
    f.setReminderDays(payments.reminderDays());
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
    payments.setManualMethods(methods);
    payments.setReminderDays(form.getReminderDays());
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
}
