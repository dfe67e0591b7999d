package com.orderpool.platform.web;

import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.TenantRow;
import com.orderpool.platform.boundary.TenantShards;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.tenancy.Shard;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The platform console: tenant list, provisioning (on a server of the admin's choice or the
 * emptiest), suspend and reactivate, and moving a tenant to another database server.
 */
@Named
@ViewScoped
public class TenantsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlatformConsole console;
  @Inject TenantShards shards;

  private LazyList<TenantRow> tenants;
  private ProvisionRequest form = new ProvisionRequest();
  private ProvisionResult provisioned;
  private List<TenantShards.ServerRow> servers;
  private String moveCode;
  private String moveName;
  private String moveTarget;
  private Shard moveShard;

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
    servers = null;
  }

  /** Opens the move dialog for a tenant. */
  public void openMove(String code, String name) {
    moveCode = code;
    moveName = name;
    moveShard = shards.shard(code);
    pickOtherServer();
  }

  /** The first server the tenant is not on, with fresh tenant counts. */
  private void pickOtherServer() {
    servers = null;
    moveTarget =
        getServers().stream()
            .map(TenantShards.ServerRow::name)
            .filter(n -> !n.equals(moveShard.server()))
            .findFirst()
            .orElse(null);
  }

  public void startMove() {
    shards.move(moveCode, moveTarget);
    moveShard = shards.shard(moveCode);
    Messages.info("tenant.move.started", moveCode);
  }

  /** Reads the move's progress again (the dialog polls while a move runs). */
  public void refreshMove() {
    if (moveCode != null) {
      moveShard = shards.shard(moveCode);
      if (!moveShard.moving()) {
        pickOtherServer();
      }
    }
  }

  public List<TenantShards.ServerRow> getServers() {
    if (servers == null) {
      servers = shards.servers();
    }
    return servers;
  }

  public String getMoveCode() {
    return moveCode;
  }

  public String getMoveName() {
    return moveName;
  }

  public String getMoveTarget() {
    return moveTarget;
  }

  public void setMoveTarget(String moveTarget) {
    this.moveTarget = moveTarget;
  }

  public Shard getMoveShard() {
    return moveShard;
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
