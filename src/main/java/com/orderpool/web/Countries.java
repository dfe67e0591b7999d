package com.orderpool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ISO 3166-1 countries for address forms, named and sorted in the user's language. */
@Named
@RequestScoped
public class Countries {
  @Inject LocaleBean locale;

  private List<SelectItem> items;

  public List<SelectItem> getItems() {
    if (items == null) {
      Locale l = locale.getLocale();
      Collator collator = Collator.getInstance(l);
      items =
          Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
              .map(c -> new SelectItem(c, new Locale("", c).getDisplayCountry(l)))
              .sorted(Comparator.comparing(SelectItem::getLabel, collator))
              .toList();
    }
    return items;
  }

  /** A country's name in the user's language, e.g. "Spain" or "España". */
  public String name(String code) {
    return code == null ? "" : new Locale("", code).getDisplayCountry(locale.getLocale());
  }
}
