package com.orderpool.invoicing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {
  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

  private static Invoice issue(DocKind kind, List<InvoiceLine.Spec> lines) {
    Address a = new Address("Ann", "Carrer 1", "08013", "Barcelona", "ES");
    return Invoice.issue(
        kind,
        new Invoice.DocNumber("INV-2026-#", 7, "INV-2026-000007"),
        new Invoice.Header(
            1L, null, null, "10001-BFG", "en", "EUR", 3L, "Ann", "ann@x.test", null, null, a, a),
        lines,
        new BigDecimal("5"),
        new BigDecimal("8"),
        new BigDecimal("21.00"),
        NOW,
        "me");
  }

  private static InvoiceLine.Spec line(int qty, String price) {
    return new InvoiceLine.Spec(1L, "10001-BFG", 9L, "SKU", "Thing", qty, new BigDecimal(price));
  }

  @Test
  void totalsFromLinesCustomisationShippingAndVat() {
    Invoice inv = issue(DocKind.INVOICE, List.of(line(4, "2.50"), line(1, "5.00")));
    assertEquals(new BigDecimal("15.00"), inv.getSubtotal());
    assertEquals(new BigDecimal("28.00"), inv.vatBase());
    assertEquals(new BigDecimal("5.88"), inv.getVatAmount());
    assertEquals(new BigDecimal("33.88"), inv.getTotal());
    assertEquals("INV-2026-000007", inv.getNumber());
    assertFalse(inv.isPaid());
  }

  @Test
  void noLinesNoInvoice() {
    assertEquals(
        "invoice.noLines",
        assertThrows(BusinessException.class, () -> issue(DocKind.INVOICE, List.of()))
            .messageKey());
  }

  @Test
  void aGrossCreditIsHitToTheCent() {
    BigDecimal rate = new BigDecimal("21.00");
    for (String gross : new String[] {"108.90", "0.01", "99.99", "17.00"}) {
      BigDecimal net = Invoice.netFor(new BigDecimal(gross), rate);
      BigDecimal vat = net.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      assertEquals(new BigDecimal(gross), net.add(vat), gross);
    }
  }

  @Test
  void aGrossNoNetReachesStillCreditsExactlyThatAmount() {
    BigDecimal gross = new BigDecimal("1234.57");
    BigDecimal net = Invoice.netFor(gross, new BigDecimal("21.00"));
    Invoice note =
        issue(DocKind.CREDIT_NOTE, List.of(line(1, net.toPlainString())))
            .withInclusiveTotal(
                gross.subtract(new BigDecimal("13.00")).add(new BigDecimal("13.00")));
    assertEquals(gross, note.getTotal());
    assertEquals(gross, note.vatBase().add(note.getVatAmount()));
  }

  @Test
  void onlyCreditNotesSettleAndOnlyOnce() {
    Invoice inv = issue(DocKind.INVOICE, List.of(line(1, "1.00")));
    assertThrows(BusinessException.class, () -> inv.settle(Settlement.REFUNDED, NOW, "me"));
    Invoice note = issue(DocKind.CREDIT_NOTE, List.of(line(1, "1.00")));
    note.settle(Settlement.CUSTOMER_CREDIT, NOW, "me");
    assertEquals(Settlement.CUSTOMER_CREDIT, note.getSettlement());
    assertEquals(
        "creditNote.settle.already",
        assertThrows(BusinessException.class, () -> note.settle(Settlement.REFUNDED, NOW, "me"))
            .messageKey());
  }

  @Test
  void thePaidMarkAndTextsChangeButNothingElse() {
    Invoice inv = issue(DocKind.INVOICE, List.of(line(1, "1.00")));
    assertTrue(inv.markPaid(true, NOW));
    assertFalse(inv.markPaid(true, NOW), "no change");
    inv.annotate("  2–3 weeks ", " ");
    assertEquals("2–3 weeks", inv.getDeliveryTime());
    assertEquals(null, inv.getCustomText());
    assertEquals(new BigDecimal("16.94"), inv.getTotal(), "(1 + 5 + 8) × 1.21");
  }
}
