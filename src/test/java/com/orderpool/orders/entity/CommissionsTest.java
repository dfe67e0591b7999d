package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The commission arithmetic and the retailer's rate rules. */
class CommissionsTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aCancelledOrderEarnsNoneButCounts() {
    CommissionTally t =
        new CommissionTally()
            .add(1, d("100.00"), d("10.00"), false)
            .add(1, d("250.00"), d("10.00"), true);
    assertEquals(2, t.orders());
    assertEquals(1, t.cancelled());
    assertEquals(d("100.00"), t.net());
    assertEquals(d("10.00"), t.commission());
  }

  @Test
  void roundsToTheCentHalfUpOnlyAtTheEnd() {
    // 3 × 0.05 at 10 %: 0.005 each would round to 0.01 each (0.03); the exact sum 0.015 gives 0.02
    CommissionTally t = new CommissionTally();
    for (int i = 0; i < 3; i++) {
      t.add(1, d("0.05"), d("10"), false);
    }
    assertEquals(d("0.02"), t.commission());
    assertEquals(d("0.01"), CommissionTally.of(d("0.05"), d("10")), "0.005 rounds half up");
    assertEquals(d("12.35"), CommissionTally.of(d("164.66"), d("7.50")), "12.3495 → 12.35");
    assertEquals(d("12.34"), CommissionTally.of(d("164.59"), d("7.50")), "12.344250 → 12.34");
  }

  @Test
  void zeroAndFractionalRates() {
    assertEquals(d("0.00"), CommissionTally.of(d("999.99"), d("0")));
    assertEquals(d("0.00"), CommissionTally.of(d("999.99"), d("0.00")));
    assertEquals(d("1.23"), CommissionTally.of(d("100.00"), d("1.23")));
    assertEquals(d("0.01"), CommissionTally.of(d("1.00"), d("0.50")), "0.005 → 0.01");
    assertEquals(d("100.00"), CommissionTally.of(d("100.00"), d("100")));
  }

  @Test
  void ordersAtDifferentRatesAddExactly() {
    CommissionTally t =
        new CommissionTally()
            .add(2, d("200.00"), d("5.25"), false) // 10.50
            .add(1, d("33.33"), d("12.50"), false); // 4.16625
    assertEquals(3, t.orders());
    assertEquals(d("233.33"), t.net());
    assertEquals(d("14.67"), t.commission()); // 14.66625
  }

  @Test
  void aTotalIsTheSumOfTheRoundedLines() {
    CommissionTally a = new CommissionTally().add(1, d("0.05"), d("10"), false); // 0.005 → 0.01
    CommissionTally b = new CommissionTally().add(1, d("0.05"), d("10"), false); // 0.005 → 0.01
    CommissionTally total = new CommissionTally().add(a).add(b);
    assertEquals(d("0.02"), total.commission());
    assertEquals(d("0.10"), total.net());
  }

  @Test
  void aRateIsCheckedNeverRounded() {
    assertEquals(d("7.50"), Retailer.checkedRate(d("7.5")));
    assertEquals(d("0.00"), Retailer.checkedRate(d("0")));
    assertEquals(d("100.00"), Retailer.checkedRate(d("100.000")));
    assertEquals(
        "retailer.rate.scale",
        assertThrows(BusinessException.class, () -> Retailer.checkedRate(d("7.125"))).messageKey());
    assertEquals(
        "retailer.rate.range",
        assertThrows(BusinessException.class, () -> Retailer.checkedRate(d("100.01")))
            .messageKey());
    assertEquals(
        "retailer.rate.range",
        assertThrows(BusinessException.class, () -> Retailer.checkedRate(d("-1"))).messageKey());
  }

  @Test
  void aCodeIsUpperCaseAndShort() {
    assertEquals("SHOP1", new Retailer(" shop1 ", "Shop", null, d("5")).getCode());
    assertEquals(
        "retailer.code.invalid",
        assertThrows(
                BusinessException.class, () -> new Retailer("with space", "Shop", null, d("5")))
            .messageKey());
  }
}
