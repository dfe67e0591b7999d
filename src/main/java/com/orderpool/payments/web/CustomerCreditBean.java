package com.orderpool.payments.web;

import com.orderpool.customers.web.CustomerBean;
import com.orderpool.payments.boundary.Payments;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The customer page's credit card: the balance and entries of the customer it shows. */
@Named
@ViewScoped
public class CustomerCreditBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Payments payments;
  @Inject CustomerBean page;

  private Payments.CreditAccount credit;

  public Payments.CreditAccount getCredit() {
    if (credit == null && page.getCustomer() != null) {
      credit = payments.creditAccount(page.getCustomer().getId());
    }
    return credit;
  }
}
