package com.orderpool.notifications.control;

import java.util.List;
import java.util.Locale;

/** The languages e-mails are written in; anything else falls back to English. */
public final class Languages {
  public static final String FALLBACK = "en";
  public static final List<String> SUPPORTED = List.of("en", "es");

  private Languages() {}

  /** The supported language of a locale tag such as {@code es}, {@code es-ES} or {@code es_ES}. */
  public static String of(String locale) {
    if (locale == null || locale.isBlank()) {
      return FALLBACK;
    }
    String language = locale.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return SUPPORTED.contains(language) ? language : FALLBACK;
  }
}
