package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.InvoiceSetup;
import com.orderpool.invoicing.boundary.InvoiceSetupForm;
import com.orderpool.invoicing.control.InvoiceSettings;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The invoice section of the payments settings page (tenant admins): when invoices are created and
 * the invoice / credit-note number formats.
 */
@Named
@ViewScoped
public class InvoiceSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvoiceSetup setup;

  private InvoiceSetupForm form;

  @PostConstruct
  void init() {
    form = setup.load();
  }

  public void save() {
    setup.save(form);
    Messages.info("settings.saved");
  }

  public InvoiceSettings.Mode[] getInvoiceModes() {
    return InvoiceSettings.Mode.values();
  }

  public InvoiceSetupForm getForm() {
    return form;
  }
}
