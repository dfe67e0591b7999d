package com.orderpool.platform.control;

import com.orderpool.core.BusinessException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * OpenSSH public keys as a person pastes them ({@code ssh-ed25519 AAAA… comment}, one line of an
 * {@code authorized_keys} file without options): checked and read, or refused with a message key
 * for the field. RSA keys need at least 2048 bits; DSA keys and certificates are refused.
 */
public final class SshPublicKeys {
  /** The longest key line accepted (an RSA 16384-bit key is about 2,800 characters). */
  public static final int MAX_LENGTH = 4000;

  static final int MIN_RSA_BITS = 2048;

  private static final List<String> TYPES =
      List.of(
          "ssh-ed25519",
          "ssh-rsa",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521");

  private SshPublicKeys() {}

  /** A key that was read: its type, its Base64 data, its comment (or null) and fingerprint. */
  public record Parsed(String type, String data, String comment, String fingerprint) {}

  /** Reads one pasted key; refused with a {@link BusinessException} on {@code field}. */
  public static Parsed parse(String text, String field) {
    String line = text == null ? "" : text.strip();
    if (line.isEmpty()) {
      throw new BusinessException(field, "sftp.key.required");
    }
    if (line.contains("PRIVATE KEY")) {
      throw new BusinessException(field, "sftp.key.private");
    }
    if (line.length() > MAX_LENGTH || line.lines().count() > 1) {
      throw new BusinessException(field, "sftp.key.oneLine");
    }
    String type = line.split("\\s+", 2)[0];
    if (!TYPES.contains(type)) {
      throw new BusinessException(field, "sftp.key.type.unknown", String.join(", ", TYPES));
    }
    AuthorizedKeyEntry entry;
    PublicKey key;
    try {
      entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
      key = entry.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
    } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
      throw new BusinessException(field, "sftp.key.malformed");
    }
    if (entry == null || key == null || !type.equals(KeyUtils.getKeyType(key))) {
      throw new BusinessException(field, "sftp.key.malformed");
    }
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      throw new BusinessException(field, "sftp.key.weak", MIN_RSA_BITS);
    }
    String comment = entry.getComment();
    if (comment != null) {
      comment = comment.strip();
      comment = comment.isEmpty() ? null : comment.substring(0, Math.min(200, comment.length()));
    }
    return new Parsed(
        type, Base64.getEncoder().encodeToString(entry.getKeyData()), comment, fingerprint(key));
  }

  /** The key's SHA-256 fingerprint as OpenSSH shows it ({@code SHA256:…}). */
  public static String fingerprint(PublicKey key) {
    return KeyUtils.getFingerPrint(key);
  }
}
