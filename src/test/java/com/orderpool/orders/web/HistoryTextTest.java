package com.orderpool.orders.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HistoryTextTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  private static HistoryText text(Locale locale) {
    return new HistoryText(
        locale,
        List.of(
            new OrderStatus(
                "pending",
                Phase.PENDING_PAYMENT,
                10,
                "#000000",
                "Pending payment",
                "Pendiente de pago"),
            new OrderStatus(
                "received", Phase.IN_PRODUCTION, 30, "#000000", "Received", "Recibido")));
  }

  private static HistoryText.Row row(
      Locale locale, String field, String old, String now, String reason) {
    return text(locale)
        .row(new OrderHistoryEntry(1, Instant.EPOCH, "ann@example.com", field, old, now, reason));
  }

  @Test
  void paymentStatusesAndMethodsAreWordsNotCodes() {
    HistoryText.Row r = row(Locale.ENGLISH, "paymentStatus", "UNPAID", "PARTIALLY_PAID", null);
    assertEquals("Payment", r.what());
    assertEquals("Unpaid", r.oldValue());
    assertEquals("Partially paid", r.newValue());
    assertEquals(
        "50.00 EUR · Bank transfer",
        row(Locale.ENGLISH, "payment", null, "50.00 EUR · BANK_TRANSFER", "REF-1").newValue());
  }

  @Test
  void theSpanishPageReadsSpanishIncludingStatusNamesAndNotes() {
    HistoryText.Row r = row(ES, "status", "Pending payment", "Received", "paid in full");
    assertEquals("Estado", r.what());
    assertEquals("Pendiente de pago", r.oldValue());
    assertEquals("Recibido", r.newValue());
    assertEquals("Pagado por completo", r.why());
    assertEquals("Creado vía API", row(ES, "order", null, "10001-BFG", "created via api").why());
    assertEquals(
        "Enviado automáticamente tras 7 días sin pagar",
        row(ES, "paymentReminder", null, "1", "payment reminder after 7 days").why());
  }

  @Test
  void messageKeysInReasonsAreTranslatedAndFreeTextIsKept() {
    assertEquals(
        "Fee set by an administrator.",
        row(Locale.ENGLISH, "cancelFee", null, "12.00", "cancel.basis.override").why());
    assertEquals(
        "Talla equivocada", row(ES, "status", "Received", "Cancelled", "Talla equivocada").why());
    assertEquals("Cancelled", row(ES, "status", "Received", "Cancelled", null).newValue());
    assertEquals(
        "Ticket reply", row(Locale.ENGLISH, "notified", null, "ticket_reply", null).newValue());
  }
}
