package com.orderpool.orders.boundary;

import java.util.List;

/** How an order form keeps a BULK order's quantity and its lines' quantities in step. */
public final class LineQuantities {
  private LineQuantities() {}

  /** The number of pieces on the lines. */
  public static int pieces(List<LineInput> lines) {
    return lines.stream().mapToInt(LineInput::getQuantity).sum();
  }

  /** An order with one line: that line takes the order's quantity. More lines stay as they are. */
  public static void spread(int quantity, List<LineInput> lines) {
    if (lines.size() == 1) {
      lines.get(0).setQuantity(quantity);
    }
  }
}
