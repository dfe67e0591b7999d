package com.orderpool.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.LineSpec;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model an order gives its e-mails: plain maps and formatted strings in the mail's language.
 */
class OrderMailModelTest {
  private static Order order() {
    OrderStatus pending =
        new OrderStatus(
            "pending_payment",
            Phase.PENDING_PAYMENT,
            10,
            "#f59e0b",
            "Pending Payment",
            "Pendiente de pago");
    Placement placement =
        new Placement(
            OrderType.BULK,
            Channel.BACKOFFICE,
            "Derby",
            2,
            "Ann <Ávila>",
            "ann@x.test",
            List.of(
                new LineSpec("DB-1", "Derby, brown", 2, new BigDecimal("100.00"), "initials A.A.")),
            BigDecimal.ZERO,
            new BigDecimal("20.00"),
            new BigDecimal("21"),
            "EUR",
            null);
    return Order.place(
        12001, "BFG", placement, pending, "me", Instant.parse("2026-03-01T10:00:00Z"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void containsOnlyMapsListsAndStringsFormattedForTheLanguage() {
    Map<String, Object> es =
        new OrderMailModel("es", "EUR", ZoneOffset.UTC).of(order(), "BFG Co", "BFG");
    Map<String, Object> order = (Map<String, Object>) es.get("order");
    assertEquals("12001-BFG", order.get("number"));
    assertEquals("1 de marzo de 2026", order.get("date"));
    assertEquals("Pendiente de pago", order.get("status"));
    Map<String, Object> totals = (Map<String, Object>) es.get("totals");
    assertEquals("266,20\u00a0€", totals.get("total"));
    assertEquals("21", totals.get("vatRate"));
    List<Map<String, Object>> lines = (List<Map<String, Object>>) es.get("lines");
    assertEquals("200,00\u00a0€", lines.get(0).get("amount"));
    assertEquals("initials A.A.", lines.get(0).get("personalisation"));
    assertAllPlain(es);

    Map<String, Object> en =
        new OrderMailModel("en", "EUR", ZoneOffset.UTC).of(order(), "BFG Co", "BFG");
    assertEquals("€266.20", ((Map<String, Object>) en.get("totals")).get("total"));
    assertEquals("March 1, 2026", ((Map<String, Object>) en.get("order")).get("date"));
  }

  @Test
  void theDefaultConfirmationShowsTheSpecificationsEscapedInHtml() {
    Map<String, Object> model =
        new OrderMailModel("en", "EUR", ZoneOffset.UTC).of(order(), "BFG Co", "BFG");
    RenderedMail mail =
        TemplateEngine.render(
            new TemplateLibrary(getClass().getClassLoader())
                .defaults(null, MailEvent.ORDER_CONFIRMATION, "en"),
            model);
    assertEquals("Order 12001-BFG received – thank you, Ann <Ávila>", mail.subject());
    assertTrue(mail.text().contains("- 2 x Derby, brown (DB-1) at €100.00 = €200.00"), mail.text());
    assertTrue(mail.text().contains("Total:         €266.20"), mail.text());
    assertTrue(mail.html().contains("Hello Ann &lt;Ávila&gt;,"), mail.html());
  }

  private static void assertAllPlain(Object value) {
    if (value instanceof Map<?, ?> m) {
      m.values().forEach(OrderMailModelTest::assertAllPlain);
    } else if (value instanceof List<?> l) {
      l.forEach(OrderMailModelTest::assertAllPlain);
    } else {
      assertTrue(value instanceof String || value instanceof Boolean, String.valueOf(value));
    }
  }
}
