package com.orderpool.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retailer summary's model, as the template preview's sample builds it. */
class RetailerSummaryModelTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> summary(String language) {
    return (Map<String, Object>)
        SampleOrder.retailerSummary(language, ZoneId.of("Europe/Madrid")).get("summary");
  }

  @Test
  void theSampleMonthAddsUpWithTheCancelledOrderLeftOut() {
    Map<String, Object> s = summary("en");
    assertEquals("November 2026", s.get("month"));
    @SuppressWarnings("unchecked")
    Map<String, Object> eur = ((List<Map<String, Object>>) s.get("totals")).get(0);
    assertEquals("2", eur.get("orders"));
    assertEquals("1", eur.get("cancelled"));
    assertEquals("€392.50", eur.get("net"));
    assertEquals("€29.44", eur.get("commission"), "392.50 × 7.5 % = 29.4375");
    assertEquals(Boolean.TRUE, s.get("hasCancellations"));
  }

  @Test
  void spanishKeepsItsOwnMonthNamesAndMoney() {
    Map<String, Object> s = summary("es");
    assertEquals("noviembre 2026", s.get("month"));
    @SuppressWarnings("unchecked")
    Map<String, Object> eur = ((List<Map<String, Object>>) s.get("totals")).get(0);
    assertTrue(eur.get("commission").toString().startsWith("29,44"), eur.toString());
  }
}
