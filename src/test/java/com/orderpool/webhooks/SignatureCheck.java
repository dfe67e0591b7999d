package com.orderpool.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's own check of a {@code webhook-signature} header, written from the Standard Webhooks
 * description and independent of the production code: the base64 HMAC-SHA256 of {@code
 * id.timestamp.body}, keyed with the base64-decoded part of the secret after {@code whsec_},
 * compared with each space-separated {@code v1,} signature.
 */
public final class SignatureCheck {
  private SignatureCheck() {}

  public static boolean verify(
      String secret, String id, String timestamp, String body, String header) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String expected =
          Base64.getEncoder()
              .encodeToString(
                  mac.doFinal(
                      (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
      for (String sig : header.split(" ")) {
        String[] parts = sig.split(",", 2);
        if (parts.length == 2 && parts[0].equals("v1") && parts[1].equals(expected)) {
          return true;
        }
      }
      return false;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
