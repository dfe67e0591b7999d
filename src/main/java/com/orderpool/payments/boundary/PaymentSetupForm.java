package com.orderpool.payments.boundary;

import com.orderpool.payments.entity.PaymentMethod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant admin's payment settings: manual methods and reminder days. Checked by {@link
 * PaymentSetup#save}.
 */
public class PaymentSetupForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private List<PaymentMethod> methods = new ArrayList<>();
  private int reminderDays;

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
}
