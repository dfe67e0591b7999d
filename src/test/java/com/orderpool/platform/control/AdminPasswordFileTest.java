package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordFileTest {
  @TempDir Path dir;

  @Test
  void thePasswordGoesToAnOwnerOnlyFile() throws Exception {
    Path file = AdminPasswordFile.write(dir.resolve("data"), "root@example.test", "s3cret-value");
    assertEquals(dir.resolve("data").resolve(AdminPasswordFile.NAME), file);
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    String text = Files.readString(file);
    assertTrue(text.contains("e-mail:   root@example.test"), text);
    assertTrue(text.contains("password: s3cret-value"), text);
  }

  @Test
  void anOlderFileIsReplacedAndStaysPrivate() throws Exception {
    Path old = dir.resolve(AdminPasswordFile.NAME);
    Files.writeString(old, "old password: leaked");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
    Path file = AdminPasswordFile.write(dir, "root@example.test", "new-value");
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    assertFalse(Files.readString(file).contains("leaked"));
  }
}
