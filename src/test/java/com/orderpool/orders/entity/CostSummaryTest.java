package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSummaryTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void sumsLinesAndAddsVatOnEverything() {
    CostSummary c = CostSummary.of(List.of(d("200.00"), d("50.00")), d("10"), d("15"), d("21"));

    assertEquals(d("250.00"), c.manufacturing());
    assertEquals(d("10.00"), c.customization());
    assertEquals(d("15.00"), c.shipping());
    assertEquals(d("21"), c.vatRate());
    assertEquals(d("57.75"), c.vat());
    assertEquals(d("332.75"), c.total());
  }

  @Test
  void amountsRoundHalfUpToTwoDecimals() {
    CostSummary c =
        CostSummary.of(List.of(d("10.004"), d("0.001")), d("1.005"), d("2.345"), d("0"));

    // 10.005 -> 10.01, 1.005 -> 1.01, 2.345 -> 2.35 (HALF_EVEN would give 10.00 and 2.34)
    assertEquals(d("10.01"), c.manufacturing());
    assertEquals(d("1.01"), c.customization());
    assertEquals(d("2.35"), c.shipping());
    assertEquals(d("13.37"), c.total());
  }

  @Test
  void vatRoundsHalfUp() {
    // 10.50 * 21 % = 2.205 -> 2.21
    CostSummary c = CostSummary.of(List.of(d("10.50")), null, null, d("21"));

    assertEquals(d("2.21"), c.vat());
    assertEquals(d("12.71"), c.total());
  }

  @Test
  void fractionalVatRate() {
    // 100.00 * 7.5 % = 7.50
    CostSummary c = CostSummary.of(List.of(d("100")), null, null, d("7.5"));

    assertEquals(d("7.50"), c.vat());
    assertEquals(d("107.50"), c.total());
  }

  @Test
  void nullCustomizationAndShippingCountAsZero() {
    CostSummary c = CostSummary.of(List.of(d("99.99")), null, null, d("21"));

    assertEquals(d("0.00"), c.customization());
    assertEquals(d("0.00"), c.shipping());
    assertEquals(d("99.99"), c.manufacturing());
    // 99.99 * 21 % = 20.9979 -> 21.00
    assertEquals(d("21.00"), c.vat());
    assertEquals(d("120.99"), c.total());
  }

  @Test
  void zeroVatRateAddsNothing() {
    CostSummary c = CostSummary.of(List.of(d("100")), d("5"), d("7.5"), BigDecimal.ZERO);

    assertEquals(d("0.00"), c.vat());
    assertEquals(d("112.50"), c.total());
  }

  @Test
  void nullVatRateMeansZero() {
    CostSummary c = CostSummary.of(List.of(d("100")), null, null, null);

    assertEquals(BigDecimal.ZERO, c.vatRate());
    assertEquals(d("0.00"), c.vat());
    assertEquals(d("100.00"), c.total());
  }

  @Test
  void noLinesMeansZeroManufacturing() {
    CostSummary c = CostSummary.of(List.of(), d("10"), d("15"), d("21"));

    assertEquals(d("0.00"), c.manufacturing());
    assertEquals(d("5.25"), c.vat());
    assertEquals(d("30.25"), c.total());
  }

  @Test
  void gettersMirrorComponents() {
    CostSummary c = CostSummary.of(List.of(d("250")), d("10"), d("15"), d("21"));

    assertEquals(c.manufacturing(), c.getManufacturing());
    assertEquals(c.customization(), c.getCustomization());
    assertEquals(c.shipping(), c.getShipping());
    assertEquals(c.vatRate(), c.getVatRate());
    assertEquals(c.vat(), c.getVat());
    assertEquals(c.total(), c.getTotal());
  }
}
