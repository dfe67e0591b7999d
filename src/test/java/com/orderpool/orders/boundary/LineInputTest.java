package com.orderpool.orders.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.entity.LineSpec;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineInputTest {

  private static LineInput line(String description, String price, boolean free) {
    LineInput in = new LineInput("SKU", description, 2, new BigDecimal(price));
    in.setFree(free);
    return in;
  }

  private static BusinessException refused(LineInput... lines) {
    return assertThrows(BusinessException.class, () -> LineInput.specs(List.of(lines)));
  }

  @Test
  void aPricedLineWithADescriptionIsPlacedAsTyped() {
    assertEquals(
        List.of(new LineSpec("SKU", "Oxford", 2, new BigDecimal("90.00"), null)),
        LineInput.specs(List.of(line("Oxford", "90.00", false))));
  }

  @Test
  void aLineNeedsADescription() {
    BusinessException e = refused(line("Oxford", "90.00", false), line("  ", "10.00", false));
    assertEquals("line.description.required", e.messageKey());
    assertEquals("description", e.field());
    assertEquals(2, e.args()[0], "names the line");
  }

  @Test
  void aZeroPriceNeedsTheFreeMark() {
    BusinessException e = refused(line("Shoe trees", "0", false));
    assertEquals("line.unitPrice.zero", e.messageKey());
    assertEquals("unitPrice", e.field());
    assertEquals(
        BigDecimal.ZERO,
        LineInput.specs(List.of(line("Shoe trees", "0", true))).get(0).unitPrice());
  }

  @Test
  void aFreeLineHasNoPrice() {
    assertEquals("line.free.priced", refused(line("Shoe trees", "12.00", true)).messageKey());
  }

  @Test
  void piecesAndSpreadKeepABulkFormInStep() {
    List<LineInput> one = List.of(line("Oxford", "90.00", false));
    LineQuantities.spread(24, one);
    assertEquals(24, LineQuantities.pieces(one));
    List<LineInput> two = List.of(line("Oxford", "90.00", false), line("Derby", "80.00", false));
    LineQuantities.spread(50, two);
    assertEquals(4, LineQuantities.pieces(two), "with several lines the lines decide");
  }
}
