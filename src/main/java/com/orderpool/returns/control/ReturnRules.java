package com.orderpool.returns.control;

import com.orderpool.orders.entity.CostSummary;
import java.math.BigDecimal;
import java.util.List;

/** How many pieces of each line may come back, and what a return pays back. */
public final class ReturnRules {
  private ReturnRules() {}

  /**
   * The pieces of each line that were sent: every piece once the order's pieces are all sent, else
   * the pieces sent so far filled into the lines in line order (a BULK order sent in parts).
   */
  public static int[] shipped(int[] lineQuantities, int orderQuantity, int piecesSent) {
    int[] shipped = new int[lineQuantities.length];
    if (piecesSent >= orderQuantity) {
      return lineQuantities.clone();
    }
    int left = piecesSent;
    for (int i = 0; i < lineQuantities.length; i++) {
      shipped[i] = Math.max(0, Math.min(lineQuantities[i], left));
      left -= shipped[i];
    }
    return shipped;
  }

  /** What may still come back of a line: sent, less what earlier returns already take back. */
  public static int returnable(int shipped, int alreadyReturned) {
    return Math.max(0, shipped - alreadyReturned);
  }

  /**
   * What a return pays back, VAT included: its refund and store-credit pieces at the invoiced unit
   * prices, plus the invoice's shipping when the tenant refunds it; computed as the credit note
   * will be, so the two agree to the cent.
   */
  public static BigDecimal reimbursable(
      List<BigDecimal> lineAmounts, BigDecimal shipping, BigDecimal vatRate) {
    if (lineAmounts.isEmpty() && shipping.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return CostSummary.of(lineAmounts, BigDecimal.ZERO, shipping, vatRate).total();
  }
}
