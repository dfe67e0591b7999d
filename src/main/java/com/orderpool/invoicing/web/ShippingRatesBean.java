package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.ShippingRateTable;
import com.orderpool.invoicing.boundary.ShippingRateTable.Example;
import com.orderpool.invoicing.boundary.ShippingRatesForm;
import com.orderpool.invoicing.entity.ShippingRates;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The shipping rates settings page (tenant admins), with a live example table. */
@Named
@ViewScoped
public class ShippingRatesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ShippingRateTable table;

  private ShippingRatesForm form;
  private String currency;

  @PostConstruct
  void init() {
    form = table.load();
    currency = table.currency();
  }

  public void save() {
    table.save(form);
    Messages.info("settings.saved");
  }

  /** Example groups of 1..5 items at the rates typed so far; empty while they are inconsistent. */
  public List<Example> getExamples() {
    try {
      return ShippingRateTable.examples(new ShippingRates(form.getFirst(), form.getAdditional()));
    } catch (IllegalArgumentException incomplete) {
      return List.of();
    }
  }

  public ShippingRatesForm getForm() {
    return form;
  }

  public String getCurrency() {
    return currency;
  }
}
