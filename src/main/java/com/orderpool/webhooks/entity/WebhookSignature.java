package com.orderpool.webhooks.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing secrets and signatures as the Standard Webhooks spec has them: a secret is {@code whsec_}
 * and the base64 of random bytes; a signature is {@code v1,} and the base64 HMAC-SHA256, keyed with
 * the secret's decoded bytes, of {@code <webhook-id>.<webhook-timestamp>.<body>}. Several
 * signatures (while a rotated secret overlaps its successor) are separated by spaces.
 */
public final class WebhookSignature {
  public static final String PREFIX = "whsec_";

  /** Random bytes in a new secret (the spec asks for 24 to 64). */
  public static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  public static String newSecret() {
    byte[] key = new byte[SECRET_BYTES];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The one signature of a message with one secret: {@code v1,<base64>}. */
  public static String sign(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The {@code webhook-signature} header: one signature per secret, space separated. */
  public static String header(List<String> secrets, String id, long timestamp, String body) {
    return secrets.stream().map(s -> sign(s, id, timestamp, body)).collect(Collectors.joining(" "));
  }

  /** The key bytes of a secret ({@code whsec_} and base64; the prefix is optional). */
  static byte[] key(String secret) {
    String b64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    byte[] key = Base64.getDecoder().decode(b64);
    if (key.length == 0) {
      throw new IllegalArgumentException("empty signing secret");
    }
    return key;
  }
}
