package com.orderpool.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows an {@link Instant} as a local date-time in the server's time zone (the injected {@link
 * ZoneId}: {@code orderpool.timezone}, default UTC). The component attribute {@code pattern}
 * overrides the default {@code yyyy-MM-dd HH:mm}.
 */
@FacesConverter("op.instant")
public class InstantFormat implements Converter<Instant> {
  // Faces creates converters itself; the zone comes from the same producer as everywhere else.
  private final ZoneId zone = CDI.current().select(ZoneId.class).get();

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return LocalDateTime.parse(value.strip(), formatter(component)).atZone(zone).toInstant();
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    if (value == null) {
      return "";
    }
    return formatter(component).withZone(zone).format(value);
  }

  private static DateTimeFormatter formatter(UIComponent component) {
    Object pattern = component.getAttributes().get("pattern");
    return DateTimeFormatter.ofPattern(pattern == null ? "yyyy-MM-dd HH:mm" : pattern.toString());
  }
}
