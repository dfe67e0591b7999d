package com.orderpool.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A generated platform admin password is written here, readable by the server's user only (0600),
 * instead of to the log. The account must choose a new password at its first sign-in; delete the
 * file then.
 */
public final class AdminPasswordFile {
  public static final String NAME = "platform-admin-password.txt";

  private AdminPasswordFile() {}

  /** Writes (or replaces) the file in {@code dataDir}, created with owner-only permissions. */
  public static Path write(Path dataDir, String email, String password) {
    try {
      Files.createDirectories(dataDir);
      Path file = dataDir.resolve(NAME);
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
        java.io.File f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
      }
      String text =
          "Orderpool platform admin (generated; choose a new password at the first sign-in,"
              + " then delete this file)\n"
              + "e-mail:   "
              + email
              + "\npassword: "
              + password
              + "\n";
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the platform admin password file", e);
    }
  }
}
