package com.orderpool.orders.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;

/** A tenant admin's order settings: VAT rate, currency, and the cancellation rules. */
public class OrderSettingsForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{settings.vatRate.required}")
  @DecimalMin(value = "0.00", message = "{settings.vatRate.range}")
  @DecimalMax(value = "100.00", message = "{settings.vatRate.range}")
  @Digits(integer = 3, fraction = 2, message = "{settings.vatRate.range}")
  private BigDecimal vatRate;

  @NotBlank(message = "{settings.currency.invalid}")
  @Pattern(regexp = "[A-Z]{3}", message = "{settings.currency.invalid}")
  private String currency;

  @Min(value = 0, message = "{settings.cancelWindow.range}")
  @Max(value = 720, message = "{settings.cancelWindow.range}")
  private int cancelWindowHours;

  @NotBlank(message = "{settings.pointOfNoReturn.required}")
  private String pointOfNoReturn;

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public void setVatRate(BigDecimal vatRate) {
    this.vatRate = vatRate;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public int getCancelWindowHours() {
    return cancelWindowHours;
  }

  public void setCancelWindowHours(int cancelWindowHours) {
    this.cancelWindowHours = cancelWindowHours;
  }

  public String getPointOfNoReturn() {
    return pointOfNoReturn;
  }

  public void setPointOfNoReturn(String pointOfNoReturn) {
    this.pointOfNoReturn = pointOfNoReturn;
  }
}
