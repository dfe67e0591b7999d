package com.orderpool.partners.web;

import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.Partner;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.web.Messages;
import com.orderpool.webhooks.boundary.Webhooks;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The partners' webhook channel and pull key: choose (or clear) the tenant's webhook endpoint that
 * gets a partner's orders, and issue an API key bound to a partner (its text shown once, in this
 * view only). The API keys page names each key's partner through {@link #partnerName}.
 */
@Named
@ViewScoped
public class PartnerFeedsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Partners partners;
  @Inject Webhooks webhooks;
  @Inject PartnersBean page;

  private Map<Long, String> endpointUrls;
  private Map<Long, String> partnerNames;
  private Long partnerId;
  private String partnerName;
  private Long endpointId;
  private String keyName;
  private List<String> scopes = new ArrayList<>();
  private LocalDate expiresOn;
  private String issuedKey;

  /** Opens the webhook dialog for the partner. */
  public void openWebhook(Partner p) {
    partnerId = p.getId();
    partnerName = p.getName();
    endpointId = p.getWebhookEndpointId();
  }

  public void saveWebhook() {
    Partner p = partners.setWebhook(partnerId, endpointId);
    page.reload();
    Messages.info(
        p.hasWebhook() ? "partner.webhook.saved" : "partner.webhook.removed", p.getName());
    PrimeFaces.current().executeScript("PF('hookDlg').hide()");
  }

  public void removeWebhook() {
    endpointId = null;
    saveWebhook();
  }

  /** Opens the key dialog for the partner. */
  public void openKey(Partner p) {
    partnerId = p.getId();
    partnerName = p.getName();
    keyName = p.getName();
    scopes = new ArrayList<>(ApiKeys.PARTNER_SCOPES);
    expiresOn = null;
    issuedKey = null;
  }

  public void issueKey() {
    issuedKey = partners.issueKey(partnerId, keyName, scopes, expiresOn).key();
  }

  /** Forgets the shown key: it cannot be shown again. */
  public void dismiss() {
    issuedKey = null;
  }

  /** The URL of the partner's webhook endpoint, or null (also when the endpoint is gone). */
  public String endpointUrl(Partner p) {
    return p.hasWebhook() ? endpoints().get(p.getWebhookEndpointId()) : null;
  }

  /** The name of the partner a key is bound to (null: a key of the whole tenant). */
  public String partnerName(Long id) {
    if (id == null) {
      return null;
    }
    if (partnerNames == null) {
      partnerNames = new HashMap<>();
      partners.all().forEach(p -> partnerNames.put(p.getId(), p.getName()));
    }
    return partnerNames.getOrDefault(id, "#" + id);
  }

  public List<WebhookEndpoint> getEndpoints() {
    return webhooks.endpoints();
  }

  private Map<Long, String> endpoints() {
    if (endpointUrls == null) {
      endpointUrls = new HashMap<>();
      webhooks.endpoints().forEach(e -> endpointUrls.put(e.getId(), e.getUrl()));
    }
    return endpointUrls;
  }

  public List<String> getPartnerScopes() {
    return ApiKeys.PARTNER_SCOPES;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public Long getEndpointId() {
    return endpointId;
  }

  public void setEndpointId(Long endpointId) {
    this.endpointId = endpointId;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
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
