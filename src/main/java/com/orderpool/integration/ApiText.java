package com.orderpool.integration;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * English texts for API answers from the UI's message bundles (the base bundle itself, whatever the
 * server's default locale) and from the Bean Validation messages.
 */
final class ApiText {
  private static final String MESSAGES = "com.orderpool.web.messages";
  private static final String VALIDATION = "ValidationMessages";
  private static final ResourceBundle.Control BASE_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ApiText() {}

  static String message(String key, Object... args) {
    return lookup(MESSAGES, key)
        .map(p -> args.length == 0 ? p : new MessageFormat(p, Locale.ENGLISH).format(args))
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
          ResourceBundle.getBundle(bundle, Locale.ROOT, ApiText.class.getClassLoader(), BASE_ONLY)
              .getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
