package com.orderpool.imports.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The header line of an import file: which delimiter it uses, its column names (lower-cased,
 * trimmed, byte order marks removed) and whether they are the expected ones. A blank column name
 * (such as after a trailing delimiter) is allowed and ignored.
 */
final class CsvHeader {
  /** Column names quoted in a message are cut to this length. */
  private static final int NAME_IN_MESSAGE = 40;

  private CsvHeader() {}

  /** A column name as compared: without byte order marks, trimmed, lower-cased. */
  static String normalize(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The delimiter of the raw header line: ',' or ';', the one that splits it into more known
   * columns; on a tie the one that gives more columns, then ','.
   */
  static char delimiter(String raw, Set<String> known) throws CsvRefusedException {
    Set<String> names = normalized(known);
    List<String> comma = columns(raw, ',');
    List<String> semicolon = columns(raw, ';');
    long knownComma = comma.stream().filter(names::contains).count();
    long knownSemicolon = semicolon.stream().filter(names::contains).count();
    if (knownSemicolon > knownComma
        || knownSemicolon == knownComma && semicolon.size() > comma.size()) {
      return ';';
    }
    return ',';
  }

  /** The normalised column names of the raw header line split at this delimiter. */
  static List<String> columns(String raw, char delimiter) throws CsvRefusedException {
    try {
      CsvLexer.Row row = new CsvLexer(new StringReader(raw), delimiter).next();
      List<String> names = new ArrayList<>();
      if (row != null) {
        row.fields().forEach(f -> names.add(normalize(f)));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses a header that lacks required columns (all of them named, sorted), names a column twice
   * or names columns that are neither known nor required (in file order).
   */
  static void check(List<String> columns, Set<String> required, Set<String> known)
      throws CsvRefusedException {
    Set<String> missing = new TreeSet<>(normalized(required));
    missing.removeAll(columns);
    if (!missing.isEmpty()) {
      throw new CsvRefusedException("imports.header.missing", join(missing));
    }
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> allowed = normalized(known);
    allowed.addAll(normalized(required));
    for (String column : columns) {
      if (column.isEmpty()) {
        continue;
      }
      if (!seen.add(column)) {
        twice.add(column);
      }
      if (!allowed.contains(column)) {
        unknown.add(column);
      }
    }
    if (!twice.isEmpty()) {
      throw new CsvRefusedException("imports.header.duplicate", join(twice));
    }
    if (!unknown.isEmpty()) {
      throw new CsvRefusedException("imports.header.unknown", join(unknown));
    }
  }

  private static Set<String> normalized(Set<String> names) {
    Set<String> result = new HashSet<>();
    names.forEach(n -> result.add(normalize(n)));
    return result;
  }

  private static String join(Set<String> names) {
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      shown.add(
          name.length() > NAME_IN_MESSAGE ? name.substring(0, NAME_IN_MESSAGE) + "\u2026" : name);
    }
    return String.join(", ", shown);
  }
}
