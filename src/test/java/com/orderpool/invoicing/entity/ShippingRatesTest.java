package com.orderpool.invoicing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingRatesTest {
  private static final ShippingRates RATES = new ShippingRates(money("12"), money("4"));

  private static BigDecimal money(String v) {
    return new BigDecimal(v).setScale(2);
  }

  @Test
  void aGroupPaysTheFirstRateOnceAndTheFurtherRateForEveryOtherItem() {
    assertEquals(money("0"), RATES.groupShipping(0));
    assertEquals(money("12"), RATES.groupShipping(1));
    assertEquals(money("16"), RATES.groupShipping(2));
    assertEquals(money("28"), RATES.groupShipping(5));
  }

  @Test
  void sharesGoFirstRateThenFurtherRatesAndAddUpToTheGroupShipping() {
    List<BigDecimal> shares = RATES.shares(3);
    assertEquals(List.of(money("12"), money("4"), money("4")), shares);
    assertEquals(RATES.groupShipping(3), shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    assertEquals(List.of(), RATES.shares(0));
  }

  @Test
  void perItemIsRoundedToCentsAndTheSavingIsAgainstShippingEachAlone() {
    assertEquals(money("12"), RATES.perItem(1));
    assertEquals(money("6.67"), RATES.perItem(3));
    assertEquals(money("5.60"), RATES.perItem(5));
    assertEquals(money("0"), RATES.savingAgainstSingles(1));
    assertEquals(money("32"), RATES.savingAgainstSingles(5));
  }

  @Test
  void ratesAreMoneyNeverNegativeAndAFurtherItemNeverCostsMoreThanTheFirst() {
    assertEquals(money("9.99"), new ShippingRates(new BigDecimal("9.985"), BigDecimal.ONE).first());
    assertThrows(IllegalArgumentException.class, () -> new ShippingRates(money("-1"), money("0")));
    assertThrows(IllegalArgumentException.class, () -> new ShippingRates(money("5"), money("-1")));
    assertThrows(IllegalArgumentException.class, () -> new ShippingRates(money("5"), money("6")));
    assertThrows(IllegalArgumentException.class, () -> new ShippingRates(null, money("1")));
    assertEquals(money("5"), new ShippingRates(money("5"), money("5")).groupShipping(1));
    assertEquals(money("0"), new ShippingRates(money("0"), money("0")).groupShipping(4));
  }

  @Test
  void theDefaultIsConsistent() {
    ShippingRates d = ShippingRates.DEFAULT;
    assertEquals(money("15"), d.first());
    assertEquals(money("5"), d.additional());
    assertEquals(money("25"), d.groupShipping(3));
  }
}
