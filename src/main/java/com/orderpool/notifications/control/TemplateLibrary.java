package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.TemplateParts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default e-mail templates shipped in the WAR: {@code
 * tenants/_default/templates/<event>/<lang>.subject|.html|.txt} plus {@code layout.html} around
 * every HTML body. A tenant pack overrides any of them under {@code tenants/<code in lower
 * case>/templates/}. Languages without a file fall back to English.
 */
@ApplicationScoped
public class TemplateLibrary {
  static final String ROOT = "tenants/";
  static final String DEFAULTS = "_default";

  private final ClassLoader loader;
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  public TemplateLibrary() {
    this(TemplateLibrary.class.getClassLoader());
  }

  TemplateLibrary(ClassLoader loader) {
    this.loader = loader;
  }

  /** The pack's (or the default) template of an event in a language. */
  public TemplateParts defaults(String tenantCode, MailEvent event, String language) {
    String lang =
        file(tenantCode, event.key() + "/" + language + ".subject").isPresent()
            ? language
            : Languages.FALLBACK;
    String base = event.key() + "/" + lang;
    return new TemplateParts(
        require(tenantCode, base + ".subject").strip(),
        require(tenantCode, base + ".html"),
        require(tenantCode, base + ".txt"));
  }

  /** The HTML layout around every body; {@code {{{content}}}} marks where the body goes. */
  public String layout(String tenantCode) {
    return require(tenantCode, "layout.html");
  }

  private String require(String tenantCode, String name) {
    return file(tenantCode, name)
        .orElseThrow(() -> new IllegalStateException("missing default template " + name));
  }

  private Optional<String> file(String tenantCode, String name) {
    String pack = tenantCode == null ? DEFAULTS : tenantCode.toLowerCase(Locale.ROOT);
    return read(ROOT + pack + "/templates/" + name)
        .or(() -> read(ROOT + DEFAULTS + "/templates/" + name));
  }

  private Optional<String> read(String resource) {
    return cache.computeIfAbsent(resource, this::load);
  }

  private Optional<String> load(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
