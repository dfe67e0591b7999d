package com.orderpool.platform.web;

import com.orderpool.platform.boundary.ApiKeyService;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The API keys settings page (tenant admins): issue a key (its text is shown once, in this view
 * only), list keys with their last use, revoke.
 */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApiKeyService service;

  private List<ApiKeys.Row> keys;
  private String name;
  private List<String> scopes = new ArrayList<>();
  private LocalDate expiresOn;
  private String issuedKey;

  @PostConstruct
  void init() {
    keys = service.keys();
  }

  public void newKey() {
    name = null;
    scopes = new ArrayList<>(List.of("orders:read"));
    expiresOn = null;
    issuedKey = null;
  }

  public void issue() {
    ApiKeys.Issued issued = service.issue(name, scopes, expiresOn);
    issuedKey = issued.key();
    keys = service.keys();
  }

  public void revoke(ApiKeys.Row row) {
    service.revoke(row.id());
    Messages.info("apiKey.revoked", row.name());
    keys = service.keys();
  }

  /** Forgets the shown key: it cannot be shown again. */
  public void dismiss() {
    issuedKey = null;
  }

  public List<String> getAllScopes() {
    return ApiKeys.SCOPES;
  }

  public List<ApiKeys.Row> getKeys() {
    return keys;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getIssuedKey() {
    return issuedKey;
  }
}
