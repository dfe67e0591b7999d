package com.orderpool.orders.boundary;

import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The status editor's form: a new status (id null) or changes to an existing one. */
public class StatusForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;

  @NotNull(message = "{status.code.invalid}")
  @Pattern(regexp = "[a-z0-9_]{2,40}", message = "{status.code.invalid}")
  private String code;

  @NotNull private Phase phase = Phase.IN_PRODUCTION;

  @Min(0)
  @Max(100_000)
  private int displayOrder = 100;

  @NotNull
  @Pattern(regexp = "#?[0-9a-fA-F]{6}", message = "{status.colour.invalid}")
  private String colour = "#3b82f6";

  @NotBlank(message = "{status.name.required}")
  @Size(max = 80)
  private String nameEn;

  @NotBlank(message = "{status.name.required}")
  @Size(max = 80)
  private String nameEs;

  @Size(max = 500)
  private String descriptionEn;

  @Size(max = 500)
  private String descriptionEs;

  @NotNull private FeeType feeType = FeeType.NONE;

  @DecimalMin(value = "0.00", message = "{cost.min}")
  private BigDecimal feeValue;

  @DecimalMin(value = "0.00", message = "{cost.min}")
  private BigDecimal feeMin;

  @DecimalMin(value = "0.00", message = "{cost.min}")
  private BigDecimal feeMax;

  private List<Long> nextStatusIds = new ArrayList<>();

  public StatusForm() {}

  public static StatusForm of(OrderStatus s) {
    StatusForm f = new StatusForm();
    f.id = s.getId();
    f.code = s.getCode();
    f.phase = s.getPhase();
    f.displayOrder = s.getDisplayOrder();
    f.colour = s.getColour();
    f.nameEn = s.getNameEn();
    f.nameEs = s.getNameEs();
    f.descriptionEn = s.getDescriptionEn();
    f.descriptionEs = s.getDescriptionEs();
    f.feeType = s.getFeeType();
    f.feeValue = s.getFeeValue();
    f.feeMin = s.getFeeMin();
    f.feeMax = s.getFeeMax();
    f.nextStatusIds =
        new ArrayList<>(s.getNextStatuses().stream().map(OrderStatus::getId).toList());
    return f;
  }

  /** Copies the form onto a status (everything but the transitions). */
  public void applyTo(OrderStatus s) {
    s.setCode(code.strip());
    s.setPhase(phase);
    s.setDisplayOrder(displayOrder);
    String hex = colour.toLowerCase(java.util.Locale.ROOT);
    s.setColour(hex.startsWith("#") ? hex : "#" + hex);
    s.setNameEn(nameEn.strip());
    s.setNameEs(nameEs.strip());
    s.setDescriptionEn(descriptionEn == null ? "" : descriptionEn.strip());
    s.setDescriptionEs(descriptionEs == null ? "" : descriptionEs.strip());
    s.setFeeType(feeType);
    s.setFeeValue(feeType == FeeType.NONE ? null : feeValue);
    s.setFeeMin(feeType == FeeType.PERCENT ? feeMin : null);
    s.setFeeMax(feeType == FeeType.PERCENT ? feeMax : null);
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
    this.descriptionEn = descriptionEn;
  }

  public String getDescriptionEs() {
    return descriptionEs;
  }

  public void setDescriptionEs(String descriptionEs) {
    this.descriptionEs = descriptionEs;
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

  public List<Long> getNextStatusIds() {
    return nextStatusIds;
  }

  public void setNextStatusIds(List<Long> nextStatusIds) {
    this.nextStatusIds = nextStatusIds;
  }
}
