package com.orderpool.returns.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnRulesTest {

  @Test
  void anOrderSentInFullShippedEveryPieceOfEveryLine() {
    assertArrayEquals(new int[] {2, 1}, ReturnRules.shipped(new int[] {2, 1}, 3, 3));
    // an MTO order counts one piece however many its lines hold
    assertArrayEquals(new int[] {2, 1}, ReturnRules.shipped(new int[] {2, 1}, 1, 1));
  }

  @Test
  void partShipmentsFillTheLinesInOrder() {
    assertArrayEquals(new int[] {2, 0, 0}, ReturnRules.shipped(new int[] {2, 3, 1}, 6, 2));
    assertArrayEquals(new int[] {2, 2, 0}, ReturnRules.shipped(new int[] {2, 3, 1}, 6, 4));
    assertArrayEquals(new int[] {0, 0}, ReturnRules.shipped(new int[] {2, 1}, 3, 0));
  }

  @Test
  void neverMoreThanShippedLessReturned() {
    assertEquals(1, ReturnRules.returnable(3, 2));
    assertEquals(0, ReturnRules.returnable(2, 2));
    assertEquals(0, ReturnRules.returnable(1, 3));
  }

  @Test
  void theReimbursableAmountIsTheCreditNoteTotalWithVat() {
    assertEquals(
        new BigDecimal("15.13"),
        ReturnRules.reimbursable(
            List.of(new BigDecimal("12.50")), BigDecimal.ZERO, new BigDecimal("21.00")));
    assertEquals(
        new BigDecimal("133.10"),
        ReturnRules.reimbursable(
            List.of(new BigDecimal("100.00")), new BigDecimal("10.00"), new BigDecimal("21")));
    assertEquals(
        new BigDecimal("0.00"),
        ReturnRules.reimbursable(List.of(), BigDecimal.ZERO, new BigDecimal("21")));
  }
}
