package com.orderpool.returns.control;

import com.orderpool.returns.entity.ReturnAction;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words for return reasons and actions in a language: a default reason and every action have
 * texts in both languages; a reason the tenant wrote itself is shown as written.
 */
public final class ReturnTexts {
  private static final String BUNDLE = "com.orderpool.web.messages";

  private ReturnTexts() {}

  public static String reason(String reason, Locale locale) {
    if (!ReturnSettings.DEFAULT_REASONS.contains(reason)) {
      return reason;
    }
    return text("return.reason." + reason, locale, reason);
  }

  public static String action(ReturnAction action, Locale locale) {
    return text("return.action." + action.name(), locale, action.name());
  }

  private static String text(String key, Locale locale, String fallback) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
