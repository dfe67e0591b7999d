package com.orderpool.platform.web;

import com.orderpool.web.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/**
 * Shows a byte count for people: {@code 812 B}, {@code 14.2 KB}, {@code 3.5 MB}, {@code 1.2 GB}
 * (binary multiples, one decimal, the view's number format). Exact bytes are in the CSV export.
 */
@FacesConverter("op.bytes")
public class ByteSize implements Converter<Number> {
  private static final String[] UNITS = {"kb", "mb", "gb", "tb"};

  @Override
  public Number getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("byte sizes are shown, not entered");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Number value) {
    if (value == null) {
      return "";
    }
    Locale locale =
        context != null && context.getViewRoot() != null
            ? context.getViewRoot().getLocale()
            : Locale.ENGLISH;
    return format(value.longValue(), locale);
  }

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
