package com.orderpool.payments.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a payment provider's callback: header {@code Orderpool-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256>} over {@code "<t>." + raw body bytes}, keyed with the secret's
 * UTF-8 bytes. Several {@code v1} values are allowed (a provider rolling its secret signs with
 * both); the timestamp must be within {@link #TOLERANCE} of now, either way. Comparisons are
 * constant-time.
 */
public final class PspSignature {
  public static final String HEADER = "Orderpool-Signature";
  public static final Duration TOLERANCE = Duration.ofSeconds(300);
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_SIGNATURES = 8;
  private static final HexFormat HEX = HexFormat.of();

  private PspSignature() {}

  /** Whether the header carries a valid, fresh signature of the body by one of the secrets. */
  public static boolean verify(
      String header, byte[] body, Collection<String> secrets, Instant now) {
    Parsed parsed = parse(header);
    if (parsed == null || body == null || secrets == null || secrets.isEmpty()) {
      return false;
    }
    Instant signedAt = Instant.ofEpochSecond(parsed.timestamp());
    if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
      return false;
    }
    boolean match = false;
    for (String secret : secrets) {
      if (secret == null || secret.isEmpty()) {
        continue;
      }
      byte[] expected = hmac(secret, parsed.timestamp(), body);
      for (byte[] candidate : parsed.signatures()) {
        // no early exit: every candidate is compared
        match |= MessageDigest.isEqual(expected, candidate);
      }
    }
    return match;
  }

  /** The header value a provider sends for a body signed at {@code timestamp} (docs, tests). */
  public static String header(byte[] body, String secret, long timestamp) {
    return "t=" + timestamp + ",v1=" + HEX.formatHex(hmac(secret, timestamp, body));
  }

  private record Parsed(long timestamp, List<byte[]> signatures) {}

  /** The timestamp and v1 signatures, or null when the header is malformed. */
  private static Parsed parse(String header) {
    if (header == null || header.length() > 2048) {
      return null;
    }
    Long timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return null;
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (key.equals("t")) {
        if (timestamp != null || !value.matches("\\d{1,12}")) {
          return null;
        }
        timestamp = Long.parseLong(value);
      } else if (key.equals("v1")) {
        if (!value.matches("[0-9a-fA-F]{64}") || signatures.size() == MAX_SIGNATURES) {
          return null;
        }
        signatures.add(HEX.parseHex(value.toLowerCase(java.util.Locale.ROOT)));
      }
      // other schemes (v0, ...) are ignored
    }
    return timestamp == null || signatures.isEmpty() ? null : new Parsed(timestamp, signatures);
  }

  private static byte[] hmac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
