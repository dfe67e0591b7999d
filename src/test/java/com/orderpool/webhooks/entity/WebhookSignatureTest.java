package com.orderpool.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.webhooks.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Signatures checked the way a receiver would, with its own HMAC over {@code id.timestamp.body}
 * keyed with the decoded secret, not through the production code path.
 */
class WebhookSignatureTest {
  private static final String BODY =
      "{\"type\":\"order.created\",\"data\":{\"number\":\"10001-ABC\"}}";

  private static boolean verify(
      String secret, String id, String timestamp, String body, String header) {
    return SignatureCheck.verify(secret, id, timestamp, body, header);
  }

  @Test
  void aSignatureVerifiesWithAnIndependentHmac() throws Exception {
    String secret = WebhookSignature.newSecret();
    String sig = WebhookSignature.sign(secret, "msg_1", 1_760_000_000L, BODY);
    assertTrue(sig.startsWith("v1,"), sig);
    assertTrue(verify(secret, "msg_1", "1760000000", BODY, sig));
    assertTrue(!verify(secret, "msg_1", "1760000001", BODY, sig), "the timestamp is signed");
    assertTrue(!verify(secret, "msg_2", "1760000000", BODY, sig), "the id is signed");
    assertTrue(!verify(secret, "msg_1", "1760000000", BODY + " ", sig), "the body is signed");
  }

  @Test
  void aKnownKeyGivesAKnownSignature() throws Exception {
    // a fixed key (bytes 0..31): the value is computed here by the JDK, not by the production class
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String expected =
        "v1,"
            + Base64.getEncoder()
                .encodeToString(mac.doFinal(("msg_x.42." + BODY).getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, WebhookSignature.sign(secret, "msg_x", 42, BODY));
  }

  @Test
  void aNewSecretIsWhsecAndAtLeast24RandomBytes() {
    String a = WebhookSignature.newSecret();
    String b = WebhookSignature.newSecret();
    assertTrue(a.startsWith("whsec_"), a);
    assertTrue(Base64.getDecoder().decode(a.substring(6)).length >= 24);
    assertNotEquals(a, b);
  }

  @Test
  void duringAnOverlapBothSecretsSign() throws Exception {
    String oldSecret = WebhookSignature.newSecret();
    String newSecret = WebhookSignature.newSecret();
    String header = WebhookSignature.header(List.of(newSecret, oldSecret), "msg_9", 7, BODY);
    assertEquals(2, header.split(" ").length, header);
    assertTrue(verify(oldSecret, "msg_9", "7", BODY, header), "a receiver still on the old one");
    assertTrue(verify(newSecret, "msg_9", "7", BODY, header), "a receiver on the new one");
  }
}
