package com.orderpool.payments.web;

import com.orderpool.payments.boundary.PaymentSetup;
import com.orderpool.payments.boundary.PaymentSetupForm;
import com.orderpool.payments.control.PspSecrets;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.web.Links;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The payments settings page (tenant admins): payment methods, reminders and providers; its invoice
 * section is {@code InvoiceSettingsBean}'s. A new secret is kept only until the admin closes it,
 * and never stored in the session's replicated state.
 */
@Named
@ViewScoped
public class PaymentSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String CALLBACK_PATH = "/api/v1/payments/callback/";

  @Inject PaymentSetup setup;

  private PaymentSetupForm form;
  private List<PspSecrets.Provider> providers;
  private String newProvider;
  private String revealedFor;
  private transient String revealedSecret;

  @PostConstruct
  void init() {
    form = setup.load();
    providers = setup.providers();
  }

  public void save() {
    setup.save(form);
    Messages.info("settings.saved");
  }

  public void addProvider() {
    String name = newProvider == null ? null : newProvider.strip();
    reveal(name, setup.addProvider(name));
    newProvider = null;
  }

  public void rotate(String name) {
    reveal(name, setup.rotateSecret(name));
  }

  public void remove(String name) {
    setup.removeProvider(name);
    dismissSecret();
    providers = setup.providers();
    Messages.info("paymentSettings.psp.removed", name);
  }

  public void dismissSecret() {
    revealedFor = null;
    revealedSecret = null;
  }

  private void reveal(String name, String secret) {
    revealedFor = name;
    revealedSecret = secret;
    providers = setup.providers();
  }

  public String callbackUrl(String provider) {
    return Links.absolute(CALLBACK_PATH + provider);
  }

  /** The chosen methods as an array, so the checkboxes convert to the enum by its type. */
  public PaymentMethod[] getMethods() {
    return form.getMethods().toArray(new PaymentMethod[0]);
  }

  public void setMethods(PaymentMethod[] methods) {
    form.setMethods(methods == null ? List.of() : List.of(methods));
  }

  public List<PaymentMethod> getManualMethods() {
    return List.copyOf(PaymentMethod.MANUAL);
  }

  public PaymentSetupForm getForm() {
    return form;
  }

  public List<PspSecrets.Provider> getProviders() {
    return providers;
  }

  public String getNewProvider() {
    return newProvider;
  }

  public void setNewProvider(String newProvider) {
    this.newProvider = newProvider;
  }

  public String getRevealedFor() {
    return revealedSecret == null ? null : revealedFor;
  }

  public String getRevealedSecret() {
    return revealedSecret;
  }
}
