package com.orderpool.shipping.web;

import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Shipping methods settings page: the list, the add/edit dialog, retire and offer again, and
 * whether trusted customers' orders may ship before payment.
 */
@Named
@ViewScoped
public class ShippingMethodsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ShippingMethods methods;

  private List<ShippingMethod> list;
  private Long editing;
  private String nameEn;
  private String nameEs;
  private String carrier;
  private String trackingUrl;
  private Boolean beforePayment;

  public List<ShippingMethod> getList() {
    if (list == null) {
      list = methods.all();
    }
    return list;
  }

  public void add() {
    editing = null;
    nameEn = null;
    nameEs = null;
    carrier = null;
    trackingUrl = null;
  }

  public void edit(ShippingMethod m) {
    editing = m.getId();
    nameEn = m.getNameEn();
    nameEs = m.getNameEs();
    carrier = m.getCarrier();
    trackingUrl = m.getTrackingUrl();
  }

  public void save() {
    ShippingMethod m = methods.save(editing, nameEn, nameEs, carrier, trackingUrl);
    list = null;
    Messages.info("shipping.method.saved", m.getNameEn());
    org.primefaces.PrimeFaces.current().executeScript("PF('methodDlg').hide()");
  }

  public void retire(ShippingMethod m) {
    methods.retire(m.getId(), !m.isRetired());
    list = null;
    Messages.info(
        m.isRetired() ? "shipping.method.offered" : "shipping.method.retired", m.getNameEn());
  }

  public void saveBeforePayment() {
    beforePayment = methods.setShipsBeforePayment(isBeforePayment());
    Messages.info(beforePayment ? "shipping.beforePayment.on" : "shipping.beforePayment.off");
  }

  public boolean isBeforePayment() {
    if (beforePayment == null) {
      beforePayment = methods.shipsBeforePayment();
    }
    return beforePayment;
  }

  public void setBeforePayment(boolean beforePayment) {
    this.beforePayment = beforePayment;
  }

  /** A sample tracking link of a method (what customers will open). */
  public String sample(ShippingMethod m) {
    return m.trackingLink("ABC123456789ES");
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }

  public String getCarrier() {
    return carrier;
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  public String getTrackingUrl() {
    return trackingUrl;
  }

  public void setTrackingUrl(String trackingUrl) {
    this.trackingUrl = trackingUrl;
  }
}
