package com.orderpool.stores.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * The tenant's WooCommerce store: its address and REST API credentials (consumer key and secret, of
 * which only the last four characters are ever shown), whether imports are switched on, and when
 * the last import ended.
 */
@Entity
@Table(name = "store_connection")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class StoreConnection implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The only store platform so far. */
  public static final String WOOCOMMERCE = "WOOCOMMERCE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String platform = WOOCOMMERCE;

  @Column(name = "store_url")
  private String storeUrl;

  @Column(name = "consumer_key")
  private String consumerKey;

  @Column(name = "consumer_secret")
  private String consumerSecret;

  private boolean enabled = true;

  @Column(name = "last_import_at")
  private Instant lastImportAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected StoreConnection() {}

  public StoreConnection(String storeUrl, String key, String secret, String who, Instant now) {
    this.storeUrl = storeUrl;
    this.consumerKey = key;
    this.consumerSecret = secret;
    this.updatedBy = who;
    this.updatedAt = now;
  }

  /** New address and switch; a blank key or secret keeps the one stored. */
  public void change(
      String storeUrl, String key, String secret, boolean enabled, String who, Instant now) {
    this.storeUrl = storeUrl;
    if (key != null && !key.isBlank()) {
      this.consumerKey = key.strip();
    }
    if (secret != null && !secret.isBlank()) {
      this.consumerSecret = secret.strip();
    }
    this.enabled = enabled;
    this.updatedBy = who;
    this.updatedAt = now;
  }

  public void imported(Instant now) {
    lastImportAt = now;
  }

  /** The last four characters of a credential, the only part ever shown again. */
  public static String ending(String credential) {
    if (credential == null || credential.length() <= 4) {
      return "";
    }
    return credential.substring(credential.length() - 4);
  }

  public Long getId() {
    return id;
  }

  public String getPlatform() {
    return platform;
  }

  public String getStoreUrl() {
    return storeUrl;
  }

  public String getConsumerKey() {
    return consumerKey;
  }

  public String getConsumerSecret() {
    return consumerSecret;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLastImportAt() {
    return lastImportAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
