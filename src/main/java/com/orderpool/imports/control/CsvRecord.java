package com.orderpool.imports.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One record of a CSV file: the physical line it starts on (1-based; the header is line 1, lines
 * inside quoted fields count), its values by header column as written (a column the record is too
 * short for is absent), and how many fields the record has (more than the header when a row is too
 * long; the extra fields are not in {@link #values}).
 *
 * @param line the line the record starts on
 * @param values the values by lower-cased column name, in header order, unmodifiable
 * @param fieldCount the number of fields in the record, trailing empty ones included
 */
public record CsvRecord(int line, Map<String, String> values, int fieldCount) {
  /** Copies the values into an unmodifiable map that keeps their order. */
  public CsvRecord {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The value of a column (the name is matched lower-cased and trimmed), stripped of surrounding
   * white space; null when it is blank or the record has no such column.
   */
  public String get(String column) {
    String value = values.get(column.strip().toLowerCase(Locale.ROOT));
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
