package com.orderpool.reports.control;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of a design: the bundle {@code reports/<name>[_<lang>].properties} shipped in the WAR
 * (English base, Spanish). Languages without a bundle get the English base, never the server's
 * default locale.
 */
public final class ReportTexts {
  public static final String FALLBACK_LANGUAGE = "en";

  private ReportTexts() {}

  public static Optional<ResourceBundle> bundle(String reportName, Locale locale) {
    try {
      return Optional.of(
          ResourceBundle.getBundle(
              "reports." + reportName,
              locale,
              ReportTexts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    } catch (MissingResourceException noBundle) {
      return Optional.empty();
    }
  }

  /** The locale of a document language code ({@code en}, {@code es}); English when unknown. */
  public static Locale locale(String language) {
    if (language == null || language.isBlank()) {
      return Locale.ENGLISH;
    }
    return Locale.forLanguageTag(language.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
