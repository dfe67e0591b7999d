package com.orderpool.stores.web;

import com.orderpool.imports.entity.ImportJob;
import com.orderpool.stores.boundary.StoreSettings;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The store page (tenant admins): the connection's form (key and secret are write-only), the result
 * of the last connection test in this view, and the import form (all, a date range, ids).
 */
@Named
@ViewScoped
public class StoreSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StoreSettings service;

  private StoreSettings.View view;
  private String url;
  private String key;
  private String secret;
  private boolean enabled = true;
  private StoreSettings.TestResult test;
  private String mode = "ALL";
  private LocalDate from;
  private LocalDate to;
  private String ids;
  private Long queuedJob;
  private String queuedTitle;

  @PostConstruct
  void init() {
    show(service.view());
  }

  public void save() {
    show(service.save(url, key, secret, enabled));
    test = null;
    Messages.info("store.saved");
  }

  public void test() {
    test = service.test();
  }

  public void remove() {
    service.remove();
    show(service.view());
    test = null;
    Messages.info("store.removed");
  }

  public void startImport() {
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    ImportJob job =
        switch (mode) {
          case "RANGE" -> service.importRange(from, to, language);
          case "IDS" -> service.importIds(ids, language);
          default -> service.importAll(language);
        };
    queuedJob = job.getId();
    queuedTitle = job.getFileName();
    Messages.info("store.import.queued", job.getFileName());
  }

  /** The test's message in the page's language. */
  public String getTestMessage() {
    return test == null ? null : Messages.text(test.key(), test.args());
  }

  private void show(StoreSettings.View v) {
    view = v;
    url = v.url();
    enabled = !v.connected() || v.enabled();
    key = null;
    secret = null;
  }

  public StoreSettings.View getView() {
    return view;
  }

  public StoreSettings.TestResult getTest() {
    return test;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getIds() {
    return ids;
  }

  public void setIds(String ids) {
    this.ids = ids;
  }

  public Long getQueuedJob() {
    return queuedJob;
  }

  public String getQueuedTitle() {
    return queuedTitle;
  }
}
