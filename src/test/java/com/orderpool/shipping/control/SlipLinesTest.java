package com.orderpool.shipping.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.shipping.control.SlipLines.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines, and how many of each, a packing slip lists for a shipment of some pieces. */
class SlipLinesTest {
  static final List<Line> LINES =
      List.of(
          new Line(1, "A", "Derby 38", null, 3),
          new Line(2, "B", "Derby 39", "J.P.", 4),
          new Line(3, "C", "Derby 40", null, 3));

  static List<String> shown(List<Line> lines) {
    return lines.stream().map(l -> l.sku() + "×" + l.quantity()).toList();
  }

  @Test
  void aShipmentOfEveryPieceListsEveryLine() {
    assertEquals(List.of("A×3", "B×4", "C×3"), shown(SlipLines.carried(LINES, 10, 0, 10)));
  }

  @Test
  void partShipmentsTakeThePiecesInLineOrder() {
    assertEquals(List.of("A×3", "B×1"), shown(SlipLines.carried(LINES, 10, 0, 4)));
    assertEquals(List.of("B×3", "C×2"), shown(SlipLines.carried(LINES, 10, 4, 5)));
    assertEquals(List.of("C×1"), shown(SlipLines.carried(LINES, 10, 9, 1)));
    assertEquals("J.P.", SlipLines.carried(LINES, 10, 4, 5).get(0).personalisation());
  }

  @Test
  void piecesBeyondTheLinesListNothingMore() {
    assertEquals(List.of(), shown(SlipLines.carried(LINES, 10, 10, 2)));
  }
}
