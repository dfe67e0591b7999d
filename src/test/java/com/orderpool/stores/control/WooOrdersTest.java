package com.orderpool.stores.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;

/** A WooCommerce v3 order (the fixtures under {@code woo/}) becomes the API's order body. */
class WooOrdersTest {
  static List<Map<String, Object>> fixture() {
    try (InputStream in = WooOrdersTest.class.getResourceAsStream("/woo/orders.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Json().toType(json, new TypeToken<List<Map<String, Object>>>() {}.getType());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static WooOrders.Mapped map(long id) {
    Map<String, Object> order =
        fixture().stream()
            .filter(o -> ((Number) o.get("id")).longValue() == id)
            .findFirst()
            .orElseThrow();
    return WooOrders.map(order, "IMPORT", "EUR");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> body, String key) {
    return (Map<String, Object>) body.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> lines(Map<String, Object> body) {
    return (List<Map<String, Object>>) body.get("lines");
  }

  @Test
  void aSinglePieceOrderIsMtoWithItsCustomerAddressesLanguageAndShipping() {
    WooOrders.Mapped m = map(1041);
    assertEquals("1041", m.reference());
    assertTrue(m.problems().isEmpty(), m.problems()::toString);
    Map<String, Object> body = m.body();
    assertEquals("IMPORT", body.get("channel"));
    assertEquals("1041", body.get("externalReference"));
    assertEquals("MTO", body.get("type"));
    assertEquals("Derby shoe - EU 38", body.get("model"));
    assertEquals("6.50", body.get("shippingCost"));
    Map<String, Object> customer = object(body, "customer");
    assertEquals("Ana Ruiz", customer.get("name"));
    assertEquals("ana@customer.example", customer.get("email"));
    assertEquals("+34 600 111 222", customer.get("phone"));
    assertEquals("es", customer.get("language"), "from WPML's meta data");
    assertFalse(customer.containsKey("company"), "a blank company is left out");
    Map<String, Object> billing = object(body, "billingAddress");
    assertEquals("Calle Mayor 1", billing.get("line1"));
    assertEquals("2º B", billing.get("line2"));
    assertEquals("28001", billing.get("postalCode"));
    assertEquals("Madrid", billing.get("city"));
    assertEquals("M", billing.get("region"));
    assertEquals("ES", billing.get("country"));
    assertEquals("Calle Mayor 1", object(body, "shippingAddress").get("line1"));
    Map<String, Object> line = lines(body).get(0);
    assertEquals("DRB-38", line.get("sku"));
    assertEquals("Derby shoe - EU 38", line.get("description"));
    assertEquals(1L, line.get("quantity"));
    assertEquals("100.00", line.get("unitPrice"));
    assertEquals("Size: 38", line.get("personalisation"), "plugins' _keys are left out");
  }

  @Test
  void severalPiecesMakeABulkOrderPricedPerPieceToTheCent() {
    Map<String, Object> body = map(1042).body();
    assertEquals("BULK", body.get("type"));
    assertEquals("Baker & Sons", object(body, "customer").get("company"));
    assertEquals("Priya Shah", object(body, "shippingAddress").get("name"));
    assertEquals("L3 4AF", object(body, "shippingAddress").get("postalCode"));
    assertEquals("Tom Baker", object(body, "billingAddress").get("name"));
    assertEquals("12.50", body.get("shippingCost"));
    List<Map<String, Object>> lines = lines(body);
    assertEquals(2, lines.size());
    assertEquals(2L, lines.get(0).get("quantity"));
    assertEquals("89.90", lines.get(0).get("unitPrice"), "subtotal 179.80 / 2");
    assertEquals(3L, lines.get(1).get("quantity"));
    assertEquals("13.75", lines.get(1).get("unitPrice"), "subtotal 41.25 / 3");
    assertEquals("Engraving: TB", lines.get(1).get("personalisation"));
    assertNull(object(body, "customer").get("language"), "no language meta: the tenant's");
  }

  @Test
  void withoutAShippingAddressOnlyTheBillingAddressIsGiven() {
    Map<String, Object> body = map(1043).body();
    assertFalse(body.containsKey("shippingAddress"));
    assertEquals("16.53", lines(body).get(0).get("unitPrice"), "price 16.528925, subtotal 16.53");
    assertFalse(object(body, "customer").containsKey("phone"), "a blank phone is left out");
  }

  @Test
  void cancelledOrdersAndOrdersInAnotherCurrencyAreRefusedWithTheReason() {
    WooOrders.Mapped cancelled = map(1044);
    assertEquals(1, cancelled.problems().size());
    assertEquals("store.order.status", cancelled.problems().get(0).key());
    assertEquals("cancelled", cancelled.problems().get(0).args()[0]);
    WooOrders.Mapped dollars = map(1045);
    assertEquals("store.order.currency", dollars.problems().get(0).key());
    assertEquals(List.of("USD", "EUR"), List.of(dollars.problems().get(0).args()));
  }

  @Test
  void aQuantityThatIsNoWholeNumberIsLeftForTheOrderRulesToRefuse() {
    Map<String, Object> item =
        Map.of("name", "Odd", "sku", "X", "quantity", "1.5", "price", "3", "subtotal", "4.50");
    Map<String, Object> order =
        Map.of("id", 7, "status", "processing", "currency", "EUR", "line_items", List.of(item));
    Map<String, Object> line = lines(WooOrders.map(order, "IMPORT", "EUR").body()).get(0);
    assertEquals("1.5", line.get("quantity"));
    assertEquals("3.00", line.get("unitPrice"));
  }

  @Test
  void selectionsBecomeWooCommerceParametersAndSurviveTheJob() {
    StoreSelection range =
        StoreSelection.range(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 20));
    assertEquals("range:2026-11-05..2026-11-20", range.asText());
    assertEquals(range, StoreSelection.parse(range.asText()));
    List<String[]> p = range.parameters();
    assertEquals("after", p.get(0)[0]);
    assertEquals("2026-11-04T23:59:59", p.get(0)[1]);
    assertEquals("before", p.get(1)[0]);
    assertEquals("2026-11-21T00:00:00", p.get(1)[1]);
    StoreSelection ids = StoreSelection.ids(" 1042, #1043 1042;1045 ");
    assertEquals(List.of(1042L, 1043L, 1045L), ids.ids());
    assertEquals("include", ids.parameters().get(0)[0]);
    assertEquals("1042,1043,1045", ids.parameters().get(0)[1]);
    assertEquals(ids, StoreSelection.parse(ids.asText()));
    assertTrue(StoreSelection.all().parameters().isEmpty());
    assertEquals(
        "store.import.ids.invalid",
        assertThrows(BusinessException.class, () -> StoreSelection.ids("12, abc")).messageKey());
    assertEquals(
        "store.import.range.order",
        assertThrows(
                BusinessException.class,
                () -> StoreSelection.range(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
            .messageKey());
  }
}
