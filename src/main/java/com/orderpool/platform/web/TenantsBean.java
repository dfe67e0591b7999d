package com.orderpool.platform.web;

import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.TenantRow;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The platform console: tenant list, provisioning, suspend and reactivate. */
@Named
@ViewScoped
public class TenantsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlatformConsole console;

  private LazyList<TenantRow> tenants;
  private ProvisionRequest form = new ProvisionRequest();
  private ProvisionResult provisioned;

  @PostConstruct
  void init() {
    tenants = new LazyList<>(console::countTenants, console::tenants, TenantRow::code);
  }

  public void provision() {
    provisioned = console.provision(form);
    Messages.info("tenant.provisioned", provisioned.code());
    form = new ProvisionRequest();
  }

  public void suspend(String code) {
    console.suspend(code);
    Messages.info("tenant.suspended", code);
  }

  public void reactivate(String code) {
    console.reactivate(code);
    Messages.info("tenant.reactivated", code);
  }

  public void newForm() {
    form = new ProvisionRequest();
    provisioned = null;
  }

  public LazyList<TenantRow> getTenants() {
    return tenants;
  }

  public ProvisionRequest getForm() {
    return form;
  }

  public ProvisionResult getProvisioned() {
    return provisioned;
  }
}
