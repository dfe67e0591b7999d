package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  @Test
  void hashVerifiesOnlyTheRightPassword() {
    String hash = PasswordHasher.hash("correct horse");
    assertTrue(PasswordHasher.verify("correct horse", hash));
    assertFalse(PasswordHasher.verify("correct horsE", hash));
    assertFalse(PasswordHasher.verify(null, hash));
    assertFalse(PasswordHasher.verify("x", "garbage"));
  }

  @Test
  void anOlderCostStillVerifiesAndAsksForARehash() {
    String old = PasswordHasher.hash("correct horse", 210_000);
    assertTrue(old.startsWith("pbkdf2-sha256$210000$"), old);
    assertTrue(PasswordHasher.verify("correct horse", old));
    assertTrue(PasswordHasher.needsRehash(old));
    assertFalse(PasswordHasher.needsRehash(PasswordHasher.hash("correct horse")));
    assertTrue(PasswordHasher.needsRehash("bcrypt$whatever"));
    assertTrue(PasswordHasher.needsRehash(null));
  }

  @Test
  void usesPbkdf2Sha256With600kIterationsAndRandomSalt() {
    String a = PasswordHasher.hash("same");
    String b = PasswordHasher.hash("same");
    assertNotEquals(a, b, "salted");
    String[] parts = a.split("\\$");
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals(600_000, Integer.parseInt(parts[1]), "OWASP's figure for PBKDF2-HMAC-SHA256");
  }

  @Test
  void tokensAreRandomAndDigestsStable() {
    assertNotEquals(Tokens.newToken(), Tokens.newToken());
    assertEquals(Tokens.sha256("abc"), Tokens.sha256("abc"));
    assertEquals(64, Tokens.sha256("abc").length());
  }
}
