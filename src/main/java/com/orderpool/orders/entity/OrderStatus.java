package com.orderpool.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A tenant's own production status (e.g. "Sewing Department"), mapped onto a system phase, with a
 * hover description in each language, a colour, a place in the order and a cancellation fee.
 */
@Entity
@Table(name = "order_status")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OrderStatus implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  @Enumerated(EnumType.STRING)
  private Phase phase;

  @Column(name = "display_order")
  private int displayOrder;

  private String colour;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_es")
  private String nameEs;

  @Column(name = "description_en")
  private String descriptionEn = "";

  @Column(name = "description_es")
  private String descriptionEs = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_type")
  private FeeType feeType = FeeType.NONE;

  @Column(name = "fee_value")
  private BigDecimal feeValue;

  @Column(name = "fee_min")
  private BigDecimal feeMin;

  @Column(name = "fee_max")
  private BigDecimal feeMax;

  private boolean retired;

  /** Explicit next statuses; empty means the default forward rule applies. */
  @ManyToMany
  @JoinTable(
      name = "status_transition",
      joinColumns = @JoinColumn(name = "from_status_id"),
      inverseJoinColumns = @JoinColumn(name = "to_status_id"))
  private Set<OrderStatus> nextStatuses = new LinkedHashSet<>();

  @Version private long version;

  public OrderStatus() {}

  public OrderStatus(
      String code, Phase phase, int displayOrder, String colour, String nameEn, String nameEs) {
    this.code = code;
    this.phase = phase;
    this.displayOrder = displayOrder;
    this.colour = colour;
    this.nameEn = nameEn;
    this.nameEs = nameEs;
  }

  public String name(Locale locale) {
    return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
  }

  public String description(Locale locale) {
    return "es".equals(locale.getLanguage()) ? descriptionEs : descriptionEn;
  }

  public CancellationFee cancellationFee() {
    return feeType == FeeType.NONE
        ? CancellationFee.NONE
        : new CancellationFee(feeType, feeValue, feeMin, feeMax);
  }

  public boolean isActive() {
    return !retired;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }

  public void setDisplayOrder(int displayOrder) {
    this.displayOrder = displayOrder;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
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

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
  }

  public String getDescriptionEs() {
    return descriptionEs;
  }

  public void setDescriptionEs(String descriptionEs) {
    this.descriptionEs = descriptionEs == null ? "" : descriptionEs;
  }

  public FeeType getFeeType() {
    return feeType;
  }

  public void setFeeType(FeeType feeType) {
    this.feeType = feeType;
  }

  public BigDecimal getFeeValue() {
    return feeValue;
  }

  public void setFeeValue(BigDecimal feeValue) {
    this.feeValue = feeValue;
  }

  public BigDecimal getFeeMin() {
    return feeMin;
  }

  public void setFeeMin(BigDecimal feeMin) {
    this.feeMin = feeMin;
  }

  public BigDecimal getFeeMax() {
    return feeMax;
  }

  public void setFeeMax(BigDecimal feeMax) {
    this.feeMax = feeMax;
  }

  public boolean isRetired() {
    return retired;
  }

  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  public Set<OrderStatus> getNextStatuses() {
    return nextStatuses;
  }

  public long getVersion() {
    return version;
  }
}
