package com.orderpool.orders.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/** Derived order facts for pages: days in production and status texts in the view's language. */
@Named
@ApplicationScoped
public class OrderFacts {

  @Inject Clock clock;
  @Inject ZoneId zone;

  public Long daysInProduction(Order order) {
    return order.daysInProduction(clock.instant(), zone);
  }

  public String statusName(OrderStatus status) {
    return status == null ? "" : status.name(locale());
  }

  public String statusDescription(OrderStatus status) {
    return status == null ? "" : status.description(locale());
  }

  /** An amount in its currency for the view's language, e.g. "€302.50" or "302,50 €". */
  public String money(java.math.BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    java.text.NumberFormat f = java.text.NumberFormat.getCurrencyInstance(locale());
    if (currency != null && !currency.isBlank()) {
      f.setCurrency(java.util.Currency.getInstance(currency));
    }
    return f.format(amount);
  }

  private static Locale locale() {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc == null || fc.getViewRoot() == null ? Locale.ENGLISH : fc.getViewRoot().getLocale();
  }
}
