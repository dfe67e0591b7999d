package com.orderpool.notifications.entity;

import java.util.regex.Pattern;

/**
 * Hides one-time tokens in e-mail bodies shown to people (outbox previews): the link stays
 * recognisable, the token does not. Covers the plain and the HTML-escaped form ({@code
 * token&#61;}).
 */
public final class LinkMask {
  public static final String MASK = "••••••••";

  private static final Pattern TOKEN =
      Pattern.compile("(token(?:=|&#61;|&#x3d;|%3d))[A-Za-z0-9_-]+", Pattern.CASE_INSENSITIVE);

  private LinkMask() {}

  public static String mask(String body) {
    return body == null ? null : TOKEN.matcher(body).replaceAll("$1" + MASK);
  }
}
