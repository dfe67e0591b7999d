package com.orderpool.shipping.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines a packing slip lists for the pieces one shipment carries of an order. Shipments of an
 * order take its pieces in line order: the earlier shipments the first pieces, this one the next
 * {@code pieces}. A shipment of the whole order lists every line as it is.
 */
public final class SlipLines {
  private SlipLines() {}

  /** A line as the slip prints it: no price. */
  public record Line(
      int lineNo, String sku, String description, String personalisation, int quantity) {}

  /**
   * The lines with the pieces {@code [before, before + pieces)} of the order's pieces counted along
   * its lines; all lines when the shipment carries every piece ({@code pieces >= orderPieces}).
   */
  public static List<Line> carried(List<Line> lines, int orderPieces, int before, int pieces) {
    if (pieces >= orderPieces) {
      return List.copyOf(lines);
    }
    List<Line> out = new ArrayList<>();
    int from = Math.max(0, before);
    int to = from + Math.max(0, pieces);
    int start = 0;
    for (Line l : lines) {
      int end = start + l.quantity();
      int n = Math.min(end, to) - Math.max(start, from);
      if (n > 0) {
        out.add(new Line(l.lineNo(), l.sku(), l.description(), l.personalisation(), n));
      }
      start = end;
    }
    return out;
  }
}
