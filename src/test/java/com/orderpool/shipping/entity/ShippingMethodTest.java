package com.orderpool.shipping.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A shipping method's tracking link and names. */
class ShippingMethodTest {
  @Test
  void theNumberGoesWhereThePlaceholderIsEncoded() {
    ShippingMethod m =
        new ShippingMethod("Express", "", "SEUR", "https://t.example/track?n={tracking}&l=es", 10);
    assertEquals("https://t.example/track?n=AB%2F12+3&l=es", m.trackingLink(" AB/12 3 "));
    assertNull(m.trackingLink(""));
    assertNull(m.trackingLink(null));
    assertEquals("Express", m.name(Locale.forLanguageTag("es")), "no Spanish name: the English");
  }

  @Test
  void aMethodWithoutATrackingPageHasNoLink() {
    ShippingMethod m = new ShippingMethod("Pickup", "Recogida", "Shop", " ", 10);
    assertNull(m.getTrackingUrl());
    assertNull(m.trackingLink("X1"));
    assertEquals("Recogida", m.name(Locale.forLanguageTag("es")));
  }
}
