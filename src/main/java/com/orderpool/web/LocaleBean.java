package com.orderpool.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the UI for this session: the browser's if supported, switchable in the top bar.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final List<String> SUPPORTED = List.of("en", "es");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale =
          requested != null && SUPPORTED.contains(requested.getLanguage())
              ? Locale.forLanguageTag(requested.getLanguage())
              : Locale.ENGLISH;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      locale = Locale.forLanguageTag(language);
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
  }

  public List<String> getLanguages() {
    return SUPPORTED;
  }
}
