package com.orderpool.payments.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PspSignatureTest {
  private static final String SECRET = "c2VjcmV0LW9mLXRlbmFudC1h";
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final long T = NOW.getEpochSecond();
  private static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"payment.succeeded\",\"data\":{\"order\":\"10001-BFG\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private static boolean verify(String header, byte[] body, List<String> secrets) {
    return PspSignature.verify(header, body, secrets, NOW);
  }

  @Test
  void aGoodSignatureOverTheRawBodyPasses() {
    assertTrue(verify(PspSignature.header(BODY, SECRET, T), BODY, List.of(SECRET)));
  }

  @Test
  void theHeaderIsTheDocumentedScheme() {
    String header = PspSignature.header(BODY, SECRET, T);
    assertTrue(header.matches("t=" + T + ",v1=[0-9a-f]{64}"), header);
    assertTrue(verify(header.replace(",", " , "), BODY, List.of(SECRET)), "spaces are allowed");
    assertTrue(
        verify(
            header.toUpperCase().replace("T=", "t=").replace("V1=", "v1="), BODY, List.of(SECRET)),
        "hex in either case");
  }

  @Test
  void aTamperedBodyFails() {
    String header = PspSignature.header(BODY, SECRET, T);
    byte[] tampered =
        new String(BODY, StandardCharsets.UTF_8)
            .replace("10001-BFG", "10002-BFG")
            .getBytes(StandardCharsets.UTF_8);
    assertFalse(verify(header, tampered, List.of(SECRET)));
    byte[] spaced =
        (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
    assertFalse(verify(header, spaced, List.of(SECRET)), "the exact bytes are signed");
  }

  @Test
  void anotherSecretFails() {
    String header = PspSignature.header(BODY, "another-tenants-secret", T);
    assertFalse(verify(header, BODY, List.of(SECRET)));
    assertFalse(verify(PspSignature.header(BODY, SECRET, T), BODY, List.of()), "no secret");
  }

  @Test
  void aStaleOrFutureTimestampFails() {
    assertTrue(verify(PspSignature.header(BODY, SECRET, T - 300), BODY, List.of(SECRET)));
    assertTrue(verify(PspSignature.header(BODY, SECRET, T + 300), BODY, List.of(SECRET)));
    assertFalse(verify(PspSignature.header(BODY, SECRET, T - 301), BODY, List.of(SECRET)));
    assertFalse(verify(PspSignature.header(BODY, SECRET, T + 301), BODY, List.of(SECRET)));
  }

  @Test
  void aTimestampCannotBeSwappedUnderASignature() {
    String header = PspSignature.header(BODY, SECRET, T - 1000);
    String moved = header.replace("t=" + (T - 1000), "t=" + T);
    assertFalse(verify(moved, BODY, List.of(SECRET)));
  }

  @Test
  void malformedHeadersFail() {
    String v1 = PspSignature.header(BODY, SECRET, T).substring(("t=" + T + ",").length());
    for (String header :
        new String[] {
          null,
          "",
          "garbage",
          v1,
          "t=" + T,
          "t=" + T + ",v1=",
          "t=" + T + ",v1=abc",
          "t=" + T + ",v1=" + "zz".repeat(32),
          "t=abc," + v1,
          "t=-" + T + "," + v1,
          "t=" + T + ",t=" + T + "," + v1,
          "t=" + T + "," + v1 + ",broken",
          "t=99999999999999999999," + v1
        }) {
      assertFalse(verify(header, BODY, List.of(SECRET)), String.valueOf(header));
    }
  }

  @Test
  void anyOfSeveralSignaturesOrSecretsMayMatch() {
    String good = PspSignature.header(BODY, SECRET, T).substring(("t=" + T + ",").length());
    String other =
        PspSignature.header(BODY, "rolled-secret", T).substring(("t=" + T + ",").length());
    assertTrue(verify("t=" + T + "," + other + "," + good, BODY, List.of(SECRET)));
    assertTrue(verify("t=" + T + "," + good + ",v0=legacy", BODY, List.of(SECRET)));
    assertTrue(
        verify(PspSignature.header(BODY, SECRET, T), BODY, List.of("new-secret", SECRET)),
        "the previous secret during a rotation");
    assertFalse(verify("t=" + T + "," + other, BODY, List.of(SECRET)));
  }
}
