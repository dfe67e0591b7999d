package com.orderpool.shipping.control;

import com.orderpool.core.BusinessException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tracking numbers as people paste them: the parcels of one shipment (one per line, or separated by
 * commas or spaces, blanks skipped, the same number once), or a column with one line per order for
 * shipping several orders at once.
 */
public final class TrackingNumbers {
  static final int MAX_LENGTH = 64;
  static final int MAX_PARCELS = 50;

  /** The input the errors belong to. */
  static final String FIELD = "tracking";

  private TrackingNumbers() {}

  public static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (String n : text.split("[\\s,;]+")) {
      String t = n.strip();
      if (t.isEmpty()) {
        continue;
      }
      numbers.add(checked(t));
    }
    if (numbers.size() > MAX_PARCELS) {
      throw new BusinessException(FIELD, "shipment.tracking.tooMany", MAX_PARCELS);
    }
    return new ArrayList<>(numbers);
  }

  /**
   * A pasted column of numbers for {@code orders} orders, line by line in the orders' order: a
   * blank line is an order without a number, and when the column is shorter the last orders have
   * none (null). More numbers than orders, or one number for two orders, is refused.
   */
  public static List<String> column(String text, int orders) {
    List<String> lines = lines(text);
    if (lines.size() > orders) {
      throw new BusinessException(FIELD, "shipment.bulk.tooManyNumbers", lines.size(), orders);
    }
    List<String> numbers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        numbers.add(null);
      } else if (!seen.add(checked(line))) {
        throw new BusinessException(FIELD, "shipment.bulk.sameNumber", line);
      } else {
        numbers.add(line);
      }
    }
    while (numbers.size() < orders) {
      numbers.add(null);
    }
    return numbers;
  }

  /** The lines of a pasted text, stripped, without the blank lines at its end. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\\R", -1)) {
        lines.add(line.strip());
      }
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static String checked(String number) {
    if (number.length() > MAX_LENGTH || !number.matches("[A-Za-z0-9._/-]+")) {
      throw new BusinessException(FIELD, "shipment.tracking.invalid", number);
    }
    return number;
  }
}
