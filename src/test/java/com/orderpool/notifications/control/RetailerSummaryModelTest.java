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
  void theDefaultTemplateShowsTheFigures() throws java.io.IOException {
    Map<String, Object> model =
        new java.util.HashMap<>(SampleOrder.retailerSummary("en", ZoneId.of("Europe/Madrid")));
    model.put("company", Map.of("name", "Barcelona Footwear Group", "code", "BFG"));
    TemplateLibrary library = new TemplateLibrary(getClass().getClassLoader());
    var mail =
        TemplateEngine.render(
            library.defaults(
                null, com.orderpool.notifications.entity.MailEvent.RETAILER_SUMMARY, "en"),
            model);
    assertEquals(
        "Barcelona Footwear Group: your orders and commission for November 2026", mail.subject());
    assertTrue(mail.text().contains("commission €29.44"), mail.text());
    assertTrue(mail.html().contains("€29.44"), mail.html());
    java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots");
    java.nio.file.Files.createDirectories(out);
    java.nio.file.Files.writeString(out.resolve("93-retailer-summary.html"), mail.html());
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
