package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CancellationFeeTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static CancellationFee fixed(String value) {
    return new CancellationFee(FeeType.FIXED, d(value), null, null);
  }

  private static CancellationFee percent(String value, String min, String max) {
    return new CancellationFee(
        FeeType.PERCENT, d(value), min == null ? null : d(min), max == null ? null : d(max));
  }

  @Test
  void noneIsZero() {
    BigDecimal fee = CancellationFee.NONE.apply(d("300"));

    assertEquals(d("0.00"), fee);
    assertEquals(2, fee.scale());
  }

  @Test
  void noneTypeIgnoresValue() {
    CancellationFee f = new CancellationFee(FeeType.NONE, d("80"), null, null);

    assertEquals(d("0.00"), f.apply(d("300")));
  }

  @Test
  void fixedIsTheAmount() {
    BigDecimal fee = fixed("50").apply(d("300"));

    assertEquals(d("50.00"), fee);
    assertEquals(2, fee.scale());
  }

  @Test
  void fixedIsCappedAtTheTotal() {
    assertEquals(d("120.00"), fixed("500").apply(d("120")));
  }

  @Test
  void fixedIsNeverNegative() {
    assertEquals(d("0.00"), fixed("-10").apply(d("120")));
  }

  @Test
  void percentOfTotal() {
    BigDecimal fee = percent("50", null, null).apply(d("300"));

    assertEquals(d("150.00"), fee);
    assertEquals(2, fee.scale());
  }

  @Test
  void percentRoundsHalfUp() {
    // 50 % of 0.05 = 0.025 -> 0.03
    assertEquals(d("0.03"), percent("50", null, null).apply(d("0.05")));
    // 33 % of 10.01 = 3.3033 -> 3.30
    assertEquals(d("3.30"), percent("33", null, null).apply(d("10.01")));
  }

  @Test
  void percentIsRaisedToMinimum() {
    assertEquals(d("50.00"), percent("10", "50", null).apply(d("100")));
  }

  @Test
  void percentIsLoweredToMaximum() {
    assertEquals(d("90.00"), percent("90", null, "90").apply(d("1000")));
  }

  @Test
  void percentBetweenMinAndMaxIsUnchanged() {
    assertEquals(d("150.00"), percent("50", "50", "200").apply(d("300")));
  }

  @Test
  void minimumIsStillCappedAtTheTotal() {
    assertEquals(d("30.00"), percent("10", "50", null).apply(d("30")));
  }

  @Test
  void hundredPercentIsTheWholeTotal() {
    assertEquals(d("250.00"), percent("100", null, null).apply(d("250")));
  }

  @Test
  void zeroTotalMeansZeroFee() {
    assertEquals(d("0.00"), fixed("50").apply(BigDecimal.ZERO));
    assertEquals(d("0.00"), percent("50", "10", null).apply(BigDecimal.ZERO));
  }
}
