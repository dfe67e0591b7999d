package com.orderpool.orders.entity;

import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A one-time setup charge a customer's first MTO order may carry, such as developing custom stamps
 * (metal molds) to engrave the brand. Retired items are no longer offered but stay on old orders.
 */
@Entity
@Table(name = "setup_item")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class SetupItem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The SKU prefix of setup lines on orders, e.g. {@code SETUP-3}. */
  public static final String SKU_PREFIX = "SETUP-";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_es")
  private String nameEs;

  private BigDecimal price;

  private boolean active = true;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Version private long version;

  protected SetupItem() {}

  public SetupItem(String nameEn, String nameEs, BigDecimal price, String actor, Instant now) {
    change(nameEn, nameEs, price);
    this.createdAt = now;
    this.createdBy = actor;
  }

  public final void change(String nameEn, String nameEs, BigDecimal price) {
    if (price == null || price.signum() < 0) {
      throw new BusinessException("price", "setup.price.min");
    }
    this.nameEn = nameEn.strip();
    this.nameEs = nameEs == null || nameEs.isBlank() ? null : nameEs.strip();
    this.price = price.setScale(2, RoundingMode.HALF_UP);
  }

  public void retire() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  /** The name in a language: Spanish when asked for and given, else English. */
  public String name(String language) {
    boolean es = language != null && language.toLowerCase(Locale.ROOT).startsWith("es");
    return es && nameEs != null ? nameEs : nameEn;
  }

  public String sku() {
    return SKU_PREFIX + id;
  }

  /** The order line this item becomes: quantity 1 at its price, named in the given language. */
  public LineSpec toLine(String language) {
    return new LineSpec(sku(), name(language), 1, price, null);
  }

  public Long getId() {
    return id;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isRetired() {
    return !active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
