package com.orderpool.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up UI texts in the {@code messages} bundle in the view's language. */
public final class Messages {
  public static final String BUNDLE = "com.orderpool.web.messages";

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    Locale locale =
        fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : Locale.ENGLISH;
    return text(locale, key, args);
  }

  public static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
