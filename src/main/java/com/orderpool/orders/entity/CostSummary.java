package com.orderpool.orders.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An order's costs in the tenant's currency: manufacturing (the lines), customisation, shipping,
 * VAT at the tenant's rate on all of them, and the total.
 */
public record CostSummary(
    BigDecimal manufacturing,
    BigDecimal customization,
    BigDecimal shipping,
    BigDecimal vatRate,
    BigDecimal vat,
    BigDecimal total)
    implements Serializable {

  public static CostSummary of(
      List<BigDecimal> lineAmounts,
      BigDecimal customization,
      BigDecimal shipping,
      BigDecimal vatRate) {
    BigDecimal manufacturing =
        lineAmounts.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal custom = money(customization);
    BigDecimal ship = money(shipping);
    BigDecimal rate = vatRate == null ? BigDecimal.ZERO : vatRate;
    BigDecimal net = manufacturing.add(custom).add(ship);
    BigDecimal vat = net.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return new CostSummary(manufacturing, custom, ship, rate, vat, net.add(vat));
  }

  private static BigDecimal money(BigDecimal v) {
    return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal getManufacturing() {
    return manufacturing;
  }

  public BigDecimal getCustomization() {
    return customization;
  }

  public BigDecimal getShipping() {
    return shipping;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public BigDecimal getVat() {
    return vat;
  }

  public BigDecimal getTotal() {
    return total;
  }
}
