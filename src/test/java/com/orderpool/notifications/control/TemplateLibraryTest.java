package com.orderpool.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateParts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every default template exists in English and Spanish, compiles, and uses the model. */
class TemplateLibraryTest {
  private final TemplateLibrary library = new TemplateLibrary(getClass().getClassLoader());

  private static final Map<String, Object> MODEL =
      Map.of(
          "company", Map.of("name", "Barcelona Footwear Group"),
          "customer", Map.of("name", "Ann"),
          "order", Map.of("number", "12001-BFG", "date", "1 March 2026"),
          "invoice", Map.of("number", "F-2026-0001"),
          "creditNote", Map.of("number", "R-2026-0001"),
          "lines", List.of(Map.of("description", "Derby", "quantity", "2", "amount", "200,00 €")),
          "totals", Map.of("total", "266,20 €"),
          "message", "Your soles are ready.");

  @Test
  void everyEventHasCompilingTemplatesInEveryLanguage() {
    for (MailEvent event : MailEvent.values()) {
      for (String lang : Languages.SUPPORTED) {
        TemplateParts parts = library.defaults(null, event, lang);
        TemplateEngine.validate(parts);
        RenderedMail m = TemplateEngine.render(parts, MODEL);
        assertFalse(m.subject().isBlank(), event + "/" + lang);
        assertTrue(m.text().contains("Barcelona Footwear Group"), event + "/" + lang + " signs");
        assertFalse(m.html().isBlank(), event + "/" + lang);
      }
      assertNotEquals(
          library.defaults(null, event, "en").subject(),
          library.defaults(null, event, "es").subject(),
          event + " is translated");
    }
  }

  @Test
  void confirmationListsTheLinesAndTotal() {
    RenderedMail m =
        TemplateEngine.render(library.defaults(null, MailEvent.ORDER_CONFIRMATION, "es"), MODEL);
    assertTrue(m.subject().contains("12001-BFG"), m.subject());
    assertTrue(m.text().contains("2 x Derby"), m.text());
    assertTrue(m.text().contains("266,20 €"), m.text());
  }

  @Test
  void unknownLanguageFallsBackToEnglishAndUnknownPackToDefaults() {
    assertEquals(
        library.defaults(null, MailEvent.ORDER_SENT, "en"),
        library.defaults("ZZZ", MailEvent.ORDER_SENT, "fr"));
  }

  @Test
  void layoutHasAPlaceForTheBody() {
    assertTrue(library.layout(null).contains("{{{content}}}"));
  }

  @Test
  void languagesComeFromLocaleTags() {
    assertEquals("es", Languages.of("es-ES"));
    assertEquals("es", Languages.of("es_ES"));
    assertEquals("en", Languages.of("fr"));
    assertEquals("en", Languages.of(null));
  }
}
