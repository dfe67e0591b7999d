package com.orderpool.reports.control;

import com.orderpool.reports.entity.Frequency;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A period as people read it, in a language: "November 2026" / "noviembre de 2026", "week 48, 2026
 * (23 Nov – 29 Nov)". The patterns are UI texts of the {@code messages} bundle ({@code
 * reports.subscriptions.label.*}).
 */
public final class PeriodLabels {
  static final String BUNDLE = "com.orderpool.web.messages";

  private PeriodLabels() {}

  public static String of(DuePeriods.Period period, String language) {
    Locale locale = ReportTexts.locale(language);
    ResourceBundle texts =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            PeriodLabels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    if (period.frequency() == Frequency.MONTHLY) {
      return DateTimeFormatter.ofPattern(
              texts.getString("reports.subscriptions.label.month"), locale)
          .format(period.from());
    }
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(texts.getString("reports.subscriptions.label.day"), locale);
    return new MessageFormat(texts.getString("reports.subscriptions.label.week"), locale)
        .format(
            new Object[] {
              Integer.toString(period.week()),
              Integer.toString(period.weekYear()),
              day.format(period.from()),
              day.format(period.lastDay())
            });
  }

  /** A day of a period in a language, e.g. "30 November 2026". */
  public static String day(java.time.LocalDate date, String language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(ReportTexts.locale(language))
        .format(date);
  }
}
