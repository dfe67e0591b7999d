package com.orderpool.invoicing.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** A tenant admin's group shipping rate: the first item and each further item of a group. */
public class ShippingRatesForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{shipping.rates.required}")
  @DecimalMin(value = "0.00", message = "{shipping.rates.min}")
  @DecimalMax(value = "99999999.99", message = "{shipping.rates.digits}")
  @Digits(integer = 8, fraction = 2, message = "{shipping.rates.digits}")
  private BigDecimal first;

  @NotNull(message = "{shipping.rates.required}")
  @DecimalMin(value = "0.00", message = "{shipping.rates.min}")
  @DecimalMax(value = "99999999.99", message = "{shipping.rates.digits}")
  @Digits(integer = 8, fraction = 2, message = "{shipping.rates.digits}")
  private BigDecimal additional;

  public ShippingRatesForm() {}

  public ShippingRatesForm(BigDecimal first, BigDecimal additional) {
    this.first = first;
    this.additional = additional;
  }

  public BigDecimal getFirst() {
    return first;
  }

  public void setFirst(BigDecimal first) {
    this.first = first;
  }

  public BigDecimal getAdditional() {
    return additional;
  }

  public void setAdditional(BigDecimal additional) {
    this.additional = additional;
  }
}
