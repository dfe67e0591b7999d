package com.orderpool.platform.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an API key: {@code opk_<prefix>_<secret>}, a public 12-character prefix that finds
 * the key and 32 random bytes (base64url). Being that random, a plain SHA-256 of it is a safe
 * stored form (no slow password hash needed).
 */
public final class ApiKeyFormat {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final Pattern KEY = Pattern.compile("opk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
  public static final int PREFIX_LENGTH = 12;

  private ApiKeyFormat() {}

  /** A key and its prefix. */
  public record Parts(String prefix, String key) {}

  public static Parts generate() {
    StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
    for (int i = 0; i < PREFIX_LENGTH; i++) {
      prefix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String p = prefix.toString();
    return new Parts(
        p, "opk_" + p + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The key's prefix, if the text has the form of a key. */
  public static Optional<String> prefixOf(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher m = KEY.matcher(key);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static String hash(String key) {
    return Tokens.sha256(key);
  }
}
