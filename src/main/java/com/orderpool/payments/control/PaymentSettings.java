package com.orderpool.payments.control;

import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tenant's payment settings: which manual methods staff may record ({@code payment.methods},
 * all three by default) and after how many days unpaid orders get a reminder ({@code
 * payment.reminder-days}, 7 by default, 0 switches the daily reminders off).
 */
@ApplicationScoped
public class PaymentSettings {
  public static final String METHODS = "payment.methods";
  public static final String REMINDER_DAYS = "payment.reminder-days";
  public static final int DEFAULT_REMINDER_DAYS = 7;

  @Inject TenantSettings settings;

  public List<PaymentMethod> manualMethods() {
    String raw = settings.get(METHODS).orElse("").strip();
    if (raw.isEmpty()) {
      return List.copyOf(PaymentMethod.MANUAL);
    }
    Set<PaymentMethod> chosen = EnumSet.noneOf(PaymentMethod.class);
    Arrays.stream(raw.split(","))
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .forEach(
            s -> {
              try {
                PaymentMethod m = PaymentMethod.valueOf(s);
                if (m.isManual()) {
                  chosen.add(m);
                }
              } catch (IllegalArgumentException unknown) {
                // a method this version does not know: ignored
              }
            });
    return List.copyOf(chosen);
  }

  public void setManualMethods(List<PaymentMethod> methods) {
    settings.put(
        METHODS,
        String.join(
            ",", methods.stream().filter(PaymentMethod::isManual).map(Enum::name).toList()));
  }

  public int reminderDays() {
    try {
      return settings
          .get(REMINDER_DAYS)
          .map(d -> Math.max(0, Integer.parseInt(d.strip())))
          .orElse(DEFAULT_REMINDER_DAYS);
    } catch (NumberFormatException e) {
      return DEFAULT_REMINDER_DAYS;
    }
  }

  public void setReminderDays(int days) {
    settings.put(REMINDER_DAYS, Integer.toString(Math.max(0, days)));
  }
}
