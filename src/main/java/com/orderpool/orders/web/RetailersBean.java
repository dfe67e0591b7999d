package com.orderpool.orders.web;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.boundary.Retailers;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The Retailers settings page: the list, the add/edit dialog, retire and make active again. */
@Named
@ViewScoped
public class RetailersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Retailers retailers;

  private List<Retailer> list;
  private Long editing;
  private String code;
  private String name;
  private String email;
  private String commissionRate;

  public List<Retailer> getList() {
    if (list == null) {
      list = retailers.all();
    }
    return list;
  }

  public void add() {
    editing = null;
    code = null;
    name = null;
    email = null;
    commissionRate = null;
  }

  public void edit(Retailer r) {
    editing = r.getId();
    code = r.getCode();
    name = r.getName();
    email = r.getEmail();
    commissionRate = r.getCommissionRate().toPlainString();
  }

  public void save() {
    Retailer r = retailers.save(editing, code, name, email, rate(commissionRate));
    list = null;
    Messages.info("retailer.saved", r.getName());
    org.primefaces.PrimeFaces.current().executeScript("PF('retailerDlg').hide()");
  }

  public void retire(Retailer r) {
    retailers.retire(r.getId(), !r.isRetired());
    list = null;
    Messages.info(r.isRetired() ? "retailer.offered" : "retailer.retired", r.getName());
  }

  /** The typed rate as a number, "7,5" or "7.5" alike; never rounded (the service checks it). */
  static BigDecimal rate(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(typed.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new BusinessException("commissionRate", "retailer.rate.range");
    }
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCommissionRate() {
    return commissionRate;
  }

  public void setCommissionRate(String commissionRate) {
    this.commissionRate = commissionRate;
  }
}
