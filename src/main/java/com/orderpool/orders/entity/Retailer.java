package com.orderpool.orders.entity;

import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A retailer (sales channel) that passes orders on to the tenant: a short code unique in the
 * tenant, a name, the address its cancellation notices and monthly summary go to, and its
 * commission rate in percent (0 to 100, at most two decimals: a rate with more is refused, never
 * rounded). A retired retailer is kept for the orders and reports that name it.
 */
@Entity
@Table(name = "retailer")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Retailer implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,19}";
  public static final BigDecimal MAX_RATE = new BigDecimal("100");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  private String name;

  private String email;

  @Column(name = "commission_rate")
  private BigDecimal commissionRate;

  private boolean retired;

  @Version private long version;

  protected Retailer() {}

  public Retailer(String code, String name, String email, BigDecimal commissionRate) {
    this.code = normalCode(code);
    if (!this.code.matches(CODE_PATTERN)) {
      throw new BusinessException("code", "retailer.code.invalid");
    }
    update(name, email, commissionRate);
  }

  /** A code as stored: trimmed, upper case. */
  public static String normalCode(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  /** Checks a commission rate: 0 to 100 with at most two decimals, as given (never rounded). */
  public static BigDecimal checkedRate(BigDecimal rate) {
    if (rate == null) {
      throw new BusinessException("commissionRate", "retailer.rate.required");
    }
    if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0) {
      throw new BusinessException("commissionRate", "retailer.rate.range");
    }
    if (rate.stripTrailingZeros().scale() > 2) {
      throw new BusinessException("commissionRate", "retailer.rate.scale");
    }
    return rate.setScale(2);
  }

  public final void update(String name, String email, BigDecimal commissionRate) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("name", "retailer.name.required");
    }
    this.name = name.strip();
    this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    this.commissionRate = checkedRate(commissionRate);
  }

  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public BigDecimal getCommissionRate() {
    return commissionRate;
  }

  public boolean isRetired() {
    return retired;
  }

  public long getVersion() {
    return version;
  }
}
