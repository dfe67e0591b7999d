package com.orderpool.customers.web;

import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.customers.entity.Customer;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One customer: contact details, last addresses, VAT ID and whether the customer is trusted. Other
 * contexts add their part of the page for the customer shown here (orders: figures and recent
 * orders; payments: customer credit).
 */
@Named
@ViewScoped
public class CustomerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerService customers;

  private Long id;
  private Customer customer;
  private String vatId;
  private boolean trusted;

  public void load() {
    customer = customers.get(id == null ? -1 : id);
    vatId = customer.getVatId();
    trusted = customer.isTrusted();
  }

  public void saveTrusted() {
    customer = customers.setTrusted(customer.getId(), trusted);
    trusted = customer.isTrusted();
    Messages.info(trusted ? "customer.trusted.on" : "customer.trusted.off", customer.getName());
  }

  public boolean isTrusted() {
    return trusted;
  }

  public void setTrusted(boolean trusted) {
    this.trusted = trusted;
  }

  public void saveVatId() {
    customer = customers.setVatId(customer.getId(), vatId);
    vatId = customer.getVatId();
    Messages.info("customer.vatId.saved");
  }

  public String getVatId() {
    return vatId;
  }

  public void setVatId(String vatId) {
    this.vatId = vatId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Customer getCustomer() {
    return customer;
  }
}
