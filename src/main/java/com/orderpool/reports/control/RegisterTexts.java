package com.orderpool.reports.control;

import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.core.TableWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A register's texts in one language, from {@code reports/<name>[_es].properties}: its title, the
 * column headers ({@code col.<field>}), the display text of coded values ({@code code.<VALUE>}) and
 * the header lines of its PDF (period, filters, when and by whom it was made).
 */
public final class RegisterTexts {
  private final String name;
  private final Locale locale;
  private final ResourceBundle bundle;

  private RegisterTexts(String name, Locale locale, ResourceBundle bundle) {
    this.name = name;
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The texts of a report in a language ({@code en} or {@code es}). */
  public static RegisterTexts of(String name, String language) {
    Locale locale = ReportTexts.locale(language);
    ResourceBundle b =
        ReportTexts.bundle(name, locale)
            .orElseThrow(() -> new IllegalStateException("no texts for report " + name));
    return new RegisterTexts(name, locale, b);
  }

  public Locale locale() {
    return locale;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  /** A text of the bundle, or the key itself when missing. */
  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  public String title() {
    return text("title");
  }

  public String summaryTitle() {
    return text("summary");
  }

  /** A file name for a download: {@code invoices-2026-11-01-2026-12-01.pdf}. */
  public String fileName(RegisterQuery q, ReportFormat format) {
    return name + "-" + q.from() + "-" + q.to() + "." + format.extension();
  }

  /** The headers and types of the given fields. */
  public List<TableWriter.Column> columns(List<Register.Field> fields) {
    List<TableWriter.Column> cols = new ArrayList<>(fields.size());
    for (Register.Field f : fields) {
      cols.add(new TableWriter.Column(text("col." + f.name()), f.type()));
    }
    return cols;
  }

  /** The row with its coded values replaced by their display text. */
  public Object[] decoded(List<Register.Field> fields, Object[] row) {
    Object[] out = row.clone();
    for (int i = 0; i < fields.size() && i < out.length; i++) {
      if (fields.get(i).coded() && out[i] instanceof String code) {
        String key = "code." + code;
        out[i] = bundle.containsKey(key) ? bundle.getString(key) : code;
      }
    }
    return out;
  }

  /** PERIOD, FILTERS and GENERATED for the design's first page. */
  Map<String, Object> headerParams(Register register, RegisterQuery q, String actor) {
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
    String period = day.format(q.from()) + " – " + day.format(q.to().minusDays(1));
    List<String> filters = new ArrayList<>();
    if (register.filters().contains(RegisterQuery.Filter.STATUS)) {
      filters.add(
          text("filter.status") + ": " + (q.status() == null ? text("filter.all") : q.status()));
    }
    if (register.filters().contains(RegisterQuery.Filter.CURRENCY)) {
      filters.add(
          text("filter.currency")
              + ": "
              + (q.currency() == null ? text("filter.all") : q.currency()));
    }
    String generated =
        time.format(LocalDateTime.ofInstant(q.now(), q.zone()))
            + (actor == null || actor.isBlank() ? "" : " · " + actor);
    return Map.of(
        "PERIOD", period,
        "FILTERS", filters.isEmpty() ? "—" : String.join(" · ", filters),
        "GENERATED", generated);
  }
}
