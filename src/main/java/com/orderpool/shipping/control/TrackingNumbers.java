package com.orderpool.shipping.control;

import com.orderpool.core.BusinessException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tracking numbers as people paste them: one per line (or separated by commas or spaces), blanks
 * skipped, the same number once.
 */
public final class TrackingNumbers {
  static final int MAX_LENGTH = 64;
  static final int MAX_PARCELS = 50;

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
      if (t.length() > MAX_LENGTH || !t.matches("[A-Za-z0-9._/-]+")) {
        throw new BusinessException("tracking", "shipment.tracking.invalid", t);
      }
      numbers.add(t);
    }
    if (numbers.size() > MAX_PARCELS) {
      throw new BusinessException("tracking", "shipment.tracking.tooMany", MAX_PARCELS);
    }
    return new ArrayList<>(numbers);
  }
}
