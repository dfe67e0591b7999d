package com.orderpool.platform.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256$iterations$salt$hash}. The
 * iteration count is stored with each hash, so it can be raised later without breaking logins: an
 * older hash still verifies, and {@link #needsRehash} tells the login to store a new one.
 */
public final class PasswordHasher {
  /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
  public static final int ITERATIONS = 600_000;

  public static final int MIN_LENGTH = 10;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String DUMMY = hash("not-a-real-password-just-for-timing");

  private PasswordHasher() {}

  public static String hash(String password) {
    return hash(password, ITERATIONS);
  }

  /** A hash at a given cost; new passwords use {@link #ITERATIONS}. */
  public static String hash(String password, int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(iterations, salt, derive(password, salt, iterations));
  }

  /** True when a stored hash is not in the current format and cost, so it should be replaced. */
  public static boolean needsRehash(String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return true;
    }
    try {
      return Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  public static boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    int iterations = Integer.parseInt(parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    return MessageDigest.isEqual(expected, derive(password, salt, iterations));
  }

  /** Spends the same time as a real check, so unknown e-mails cannot be told apart by timing. */
  public static void burnTime(String password) {
    verify(password == null ? "" : password, DUMMY);
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
