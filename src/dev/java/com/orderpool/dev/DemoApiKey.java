package com.orderpool.dev;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded run's demo API key for BFG: random once, then kept in {@code var/} (readable by this
 * user only) so the banner shows the same key at every start. The server stores only its hash, as
 * for every key; delete the file for a new one.
 */
final class DemoApiKey {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private DemoApiKey() {}

  static String load(File file) {
    try {
      if (file.isFile()) {
        String key = Files.readString(file.toPath(), StandardCharsets.US_ASCII).strip();
        if (key.matches("opk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}")) {
          return key;
        }
      }
      String key = generate();
      file.getParentFile().mkdirs();
      Files.writeString(file.toPath(), key + "\n", StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file.toPath(), PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // best effort on other file systems
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return "opk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
