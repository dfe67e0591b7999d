package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegisterAgeingTest {
  @Test
  void daysInProductionFallIntoTheirBuckets() {
    assertEquals("D0_7", WipRegister.bucket(0));
    assertEquals("D0_7", WipRegister.bucket(7));
    assertEquals("D8_14", WipRegister.bucket(8));
    assertEquals("D8_14", WipRegister.bucket(14));
    assertEquals("D15_30", WipRegister.bucket(15));
    assertEquals("D15_30", WipRegister.bucket(30));
    assertEquals("D30_PLUS", WipRegister.bucket(31));
  }

  @Test
  void receivablesAgeIntoTheirBuckets() {
    assertEquals("D0_30", ReceivablesRegister.bucket(0));
    assertEquals("D0_30", ReceivablesRegister.bucket(30));
    assertEquals("D31_60", ReceivablesRegister.bucket(31));
    assertEquals("D31_60", ReceivablesRegister.bucket(60));
    assertEquals("D61_90", ReceivablesRegister.bucket(61));
    assertEquals("D61_90", ReceivablesRegister.bucket(90));
    assertEquals("D90_PLUS", ReceivablesRegister.bucket(91));
  }
}
