package com.orderpool.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's texts ({@code com/orderpool/web/messages[_es].properties}) for work done away
 * from a page, such as the column headers of an export made in the background.
 */
public final class UiTexts {
  public static final String BUNDLE = "com.orderpool.web.messages";

  private UiTexts() {}

  /** The text of a key in a language ({@code en}, {@code es}); the key itself when missing. */
  public static String text(String language, String key, Object... args) {
    Locale locale = "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    try {
      String pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  locale,
                  UiTexts.class.getClassLoader(),
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
