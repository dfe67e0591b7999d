package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.orders.entity.CancellationFee;
import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultStatusesTest {
  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }

  /** The shipped defaults file. */
  @Nested
  class DefaultResource {
    private List<OrderStatus> statuses;
    private Map<String, OrderStatus> byCode;

    @BeforeEach
    void load() {
      statuses = DefaultStatuses.load(DefaultStatusesTest.class.getClassLoader());
      byCode =
          statuses.stream().collect(Collectors.toMap(OrderStatus::getCode, Function.identity()));
    }

    @Test
    void loadsFourteenStatuses() {
      assertEquals(14, statuses.size());
      assertEquals(14, byCode.size());
    }

    @Test
    void productionStatusesInDisplayOrder() {
      List<String> production =
          statuses.stream()
              .filter(s -> s.getPhase() == Phase.IN_PRODUCTION)
              .sorted(Comparator.comparingInt(OrderStatus::getDisplayOrder))
              .map(OrderStatus::getCode)
              .toList();

      assertEquals(
          List.of("queued", "received", "cut", "sewing", "finishing", "quality_check", "packed"),
          production);
    }

    @Test
    void displayOrdersAreStrictlyIncreasingInFileOrder() {
      for (int i = 1; i < statuses.size(); i++) {
        assertTrue(
            statuses.get(i - 1).getDisplayOrder() < statuses.get(i).getDisplayOrder(),
            statuses.get(i).getCode());
      }
    }

    @Test
    void oneStatusPerOtherPhase() {
      Map<Phase, Long> counts =
          statuses.stream()
              .collect(Collectors.groupingBy(OrderStatus::getPhase, Collectors.counting()));

      for (Phase p : EnumSet.complementOf(EnumSet.of(Phase.IN_PRODUCTION))) {
        assertEquals(1L, counts.get(p), p.name());
      }
      assertEquals(7L, counts.get(Phase.IN_PRODUCTION));
      assertEquals("pending_payment", statuses.get(0).getCode());
      assertEquals(Phase.PENDING_PAYMENT, statuses.get(0).getPhase());
    }

    @Test
    void packedChargesHundredPercent() {
      OrderStatus packed = byCode.get("packed");

      assertEquals(FeeType.PERCENT, packed.getFeeType());
      assertEquals(new BigDecimal("100"), packed.getFeeValue());
      assertNull(packed.getFeeMin());
      assertNull(packed.getFeeMax());
      assertEquals(new BigDecimal("250.00"), packed.cancellationFee().apply(new BigDecimal("250")));
    }

    @Test
    void feesAreParsed() {
      OrderStatus received = byCode.get("received");
      assertEquals(FeeType.FIXED, received.getFeeType());
      assertEquals(new BigDecimal("50"), received.getFeeValue());

      OrderStatus qc = byCode.get("quality_check");
      assertEquals(FeeType.PERCENT, qc.getFeeType());
      assertEquals(new BigDecimal("50"), qc.getFeeValue());
      assertEquals(new BigDecimal("90"), qc.getFeeMin());
      assertNull(qc.getFeeMax());

      OrderStatus pending = byCode.get("pending_payment");
      assertEquals(FeeType.NONE, pending.getFeeType());
      assertNull(pending.getFeeValue());
      assertEquals(CancellationFee.NONE, pending.cancellationFee());
    }

    @Test
    void namesColoursAndDescriptionsAreParsed() {
      OrderStatus sewing = byCode.get("sewing");

      assertEquals(50, sewing.getDisplayOrder());
      assertEquals("#2563eb", sewing.getColour());
      assertEquals("Sewing Department", sewing.name(Locale.ENGLISH));
      assertEquals("Costura", sewing.name(Locale.forLanguageTag("es")));
      assertEquals("The upper is being stitched.", sewing.description(Locale.ENGLISH));
      assertEquals("Se está cosiendo el corte.", sewing.description(Locale.forLanguageTag("es")));
      assertTrue(sewing.isActive());
    }
  }

  @Test
  void parseSkipsCommentsAndBlankLines() throws Exception {
    List<OrderStatus> parsed =
        DefaultStatuses.parse(
            reader(
                "# header\n"
                    + "\n"
                    + "   \n"
                    + "cut;IN_PRODUCTION;40;#3b82f6;Cut;Cortado;Cut.;Cortado.;PERCENT; 12.5 ;5;20\n"));

    assertEquals(1, parsed.size());
    OrderStatus cut = parsed.get(0);
    assertEquals("cut", cut.getCode());
    assertEquals(Phase.IN_PRODUCTION, cut.getPhase());
    assertEquals(new BigDecimal("12.5"), cut.getFeeValue());
    assertEquals(new BigDecimal("5"), cut.getFeeMin());
    assertEquals(new BigDecimal("20"), cut.getFeeMax());
  }

  @Test
  void malformedLineReportsItsNumber() {
    BufferedReader in =
        reader(
            "# code;phase;...\n"
                + "pending_payment;PENDING_PAYMENT;10;#f59e0b;Pending;Pendiente;d;d;NONE;;;\n"
                + "\n"
                + "broken;IN_PRODUCTION;30;#000000;Broken\n");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> DefaultStatuses.parse(in));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    assertTrue(e.getMessage().contains("expected 12 fields"), e.getMessage());
  }

  @Test
  void tooManyFieldsIsAlsoMalformed() {
    BufferedReader in = reader("x;PENDING_PAYMENT;10;#f59e0b;P;P;d;d;NONE;;;;\n");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> DefaultStatuses.parse(in));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void missingResourceIsReported() {
    ClassLoader empty = new ClassLoader(null) {};

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> DefaultStatuses.load(empty));
    assertEquals("missing " + DefaultStatuses.RESOURCE, e.getMessage());
  }
}
