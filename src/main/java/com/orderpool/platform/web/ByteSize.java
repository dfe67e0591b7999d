package com.orderpool.platform.web;

import com.orderpool.web.Messages;
import java.util.Locale;

/**
 * Shows a byte count for people: {@code 812 B}, {@code 14.2 KB}, {@code 3.5 MB}, {@code 1.2 GB}
 * (binary multiples, one decimal, the view's number format). Exact bytes are in the CSV export.
 */
public final class ByteSize {
  private static final String[] UNITS = {"kb", "mb", "gb", "tb"};

  private ByteSize() {}

  public static String format(long bytes, Locale locale) {
    if (bytes < 1024) {
      return Messages.text(locale, "usage.size.b", bytes);
    }
    double v = bytes;
    int unit = -1;
    while (v >= 1024 && unit < UNITS.length - 1) {
      v /= 1024;
      unit++;
    }
    // 1023.96 KB would round to "1024.0 KB": show it as the next unit instead
    if (Math.round(v * 10) >= 10240 && unit < UNITS.length - 1) {
      v /= 1024;
      unit++;
    }
    return Messages.text(locale, "usage.size." + UNITS[unit], v);
  }
}
