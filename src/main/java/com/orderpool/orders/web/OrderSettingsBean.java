package com.orderpool.orders.web;

import com.orderpool.orders.boundary.OrderSettings;
import com.orderpool.orders.boundary.OrderSettingsForm;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Currency;
import java.util.List;

/** The order settings page (tenant admins). */
@Named
@ViewScoped
public class OrderSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .filter(c -> c.matches("[A-Z]{3}"))
          .sorted()
          .toList();

  @Inject OrderSettings settings;

  private OrderSettingsForm form;
  private List<OrderStatus> pointOfNoReturnChoices;

  @PostConstruct
  void init() {
    form = settings.load();
    pointOfNoReturnChoices = settings.pointOfNoReturnChoices();
  }

  public void save() {
    settings.save(form);
    Messages.info("settings.saved");
  }

  public OrderSettingsForm getForm() {
    return form;
  }

  public List<OrderStatus> getPointOfNoReturnChoices() {
    return pointOfNoReturnChoices;
  }

  public List<String> getCurrencies() {
    return CURRENCIES;
  }
}
