package com.orderpool.integration;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * English texts for API answers from the UI's message bundles (the base bundle itself, whatever the
 * server's default locale) and from the Bean Validation messages; or, inside {@link #in}, texts in
 * another language (an import's errors are kept in the language of who sent the file).
 */
final class ApiText {
  private static final ThreadLocal<Locale> LANGUAGE = new ThreadLocal<>();

  private static final String MESSAGES = "com.orderpool.web.messages";
  private static final String VALIDATION = "ValidationMessages";
  private static final ResourceBundle.Control BASE_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ApiText() {}

  /** Runs work whose texts are in {@code locale} (English when null). */
  static <T> T in(Locale locale, java.util.function.Supplier<T> work) {
    Locale before = LANGUAGE.get();
    LANGUAGE.set(locale);
    try {
      return work.get();
    } finally {
      if (before == null) {
        LANGUAGE.remove();
      } else {
        LANGUAGE.set(before);
      }
    }
  }

  private static Locale locale() {
    Locale l = LANGUAGE.get();
    return l == null ? Locale.ENGLISH : l;
  }

  static String message(String key, Object... args) {
    return lookup(MESSAGES, key)
        .map(p -> args.length == 0 ? p : new MessageFormat(p, locale()).format(args))
        .orElse(key);
  }

  /** A constraint's message: its {@code {key}} template in English, else the interpolated text. */
  static String validation(String template, String interpolated) {
    if (template != null && template.matches("\\{[^{}]+}")) {
      String key = template.substring(1, template.length() - 1);
      Optional<String> text = lookup(VALIDATION, key);
      if (text.isPresent() && !text.get().contains("{")) {
        return text.get();
      }
    }
    return interpolated;
  }

  private static Optional<String> lookup(String bundle, String key) {
    try {
      return Optional.of(
          ResourceBundle.getBundle(
                  bundle,
                  locale().getLanguage().equals("en") ? Locale.ROOT : locale(),
                  ApiText.class.getClassLoader(),
                  BASE_ONLY)
              .getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
