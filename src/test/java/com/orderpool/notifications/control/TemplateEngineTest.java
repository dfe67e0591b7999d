package com.orderpool.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.notifications.control.TemplateEngine.Part;
import com.orderpool.notifications.control.TemplateEngine.TemplateError;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateParts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {
  private static final Map<String, Object> MODEL =
      Map.of(
          "customer", Map.of("name", "Ann <b>&</b> Co"),
          "order", Map.of("number", "12001-BFG"),
          "lines", List.of(Map.of("description", "Derby"), Map.of("description", "Oxford")));

  private static RenderedMail render(String subject, String html, String text) {
    return TemplateEngine.render(new TemplateParts(subject, html, text), MODEL);
  }

  @Test
  void htmlIsEscapedAndTextAndSubjectAreNot() {
    RenderedMail m =
        render("Hi {{customer.name}}", "<p>{{customer.name}}</p>", "{{customer.name}}");
    assertEquals("Hi Ann <b>&</b> Co", m.subject());
    assertEquals("<p>Ann &lt;b&gt;&amp;&lt;/b&gt; Co</p>", m.html());
    assertEquals("Ann <b>&</b> Co", m.text());
  }

  @Test
  void tripleMustacheIsTheOnlyWayToSkipEscaping() {
    assertEquals("<p>Ann <b>&</b> Co</p>", render("s", "<p>{{{customer.name}}}</p>", "").html());
  }

  @Test
  void missingVariablesAndSectionsRenderEmpty() {
    RenderedMail m =
        render(
            "{{nothing}}x", "{{order.missing}}|{{#nope}}shown{{/nope}}|{{^nope}}else{{/nope}}", "");
    assertEquals("x", m.subject());
    assertEquals("||else", m.html());
  }

  @Test
  void listsAreIterated() {
    assertEquals("Derby;Oxford;", render("s", "", "{{#lines}}{{description}};{{/lines}}").text());
  }

  @Test
  void objectsAreNeverReadByReflection() {
    Map<String, Object> model = Map.of("list", List.of("a"), "text", "abc");
    String out =
        TemplateEngine.render(
                new TemplateParts("s", "", "[{{text.length}}][{{text.bytes}}][{{list.class}}]"),
                model)
            .text();
    assertEquals("[][][]", out);
  }

  @Test
  void subjectIsOneLine() {
    assertEquals("a b", render("a\r\n{{x}}b", "", "").subject());
  }

  @Test
  void syntaxErrorNamesThePartAndLine() {
    TemplateError e =
        assertThrows(
            TemplateError.class,
            () -> TemplateEngine.validate(new TemplateParts("ok", "<p>\n\n{{#lines}}\n</p>", "")));
    assertEquals(Part.HTML, e.part());
    assertTrue(e.line() >= 3, "line " + e.line());

    TemplateError mismatch =
        assertThrows(
            TemplateError.class,
            () -> TemplateEngine.validate(new TemplateParts("s", "", "a\n{{#x}}\nb\n{{/y}}")));
    assertEquals(Part.TEXT, mismatch.part());
    assertEquals(4, mismatch.line());
  }

  @Test
  void unclosedTagIsRefused() {
    TemplateError e =
        assertThrows(
            TemplateError.class,
            () -> TemplateEngine.validate(new TemplateParts("Order {{order.number", "", "")));
    assertEquals(Part.SUBJECT, e.part());
    assertEquals(1, e.line());
    TemplateError inBody =
        assertThrows(
            TemplateError.class,
            () ->
                TemplateEngine.validate(
                    new TemplateParts(
                        "s", "{{{company.name}}}\n<p>{{order.number</p>\n{{x}}", "")));
    assertEquals(2, inBody.line());
  }

  @Test
  void partialsAreRefusedWithTheirLine() {
    TemplateError e =
        assertThrows(
            TemplateError.class,
            () ->
                TemplateEngine.validate(new TemplateParts("s", "<p>\n{{> /etc/passwd}}</p>", "")));
    assertEquals(Part.HTML, e.part());
    assertEquals(2, e.line());
    assertTrue(e.detail().contains("partials"), e.detail());
  }

  @Test
  void partialsInsideSectionsAndInheritanceAreRefused() {
    assertThrows(
        TemplateError.class,
        () -> TemplateEngine.validate(new TemplateParts("s", "", "{{#lines}}{{>line}}{{/lines}}")));
    assertThrows(
        TemplateError.class,
        () -> TemplateEngine.validate(new TemplateParts("s", "{{<layout}}{{/layout}}", "")));
  }

  @Test
  void layoutWrapsTheEscapedBody() {
    String html = TemplateEngine.wrap("<div>{{{content}}}</div>", "<p>a &amp; b</p>", MODEL);
    assertEquals("<div><p>a &amp; b</p></div>", html);
  }
}
