package com.orderpool.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void keepsOnlyTheLastPathSegment() {
    assertEquals("passwd.png", FileNames.displayName("../../etc/passwd", FileType.PNG));
    assertEquals("boot.ini.pdf", FileNames.displayName("C:\\windows\\boot.ini", FileType.PDF));
  }

  @Test
  void dropsControlAndDirectionCharactersAndReplacesSpecialOnes() {
    assertEquals("ab.png", FileNames.displayName("a\u0000b\r\n.png", FileType.PNG));
    assertEquals("invoicegnp.exe.png", FileNames.displayName("invoice\u202Egnp.exe", FileType.PNG));
    assertEquals("a_b_c_.png", FileNames.displayName("a\"b<c>.png", FileType.PNG));
    assertEquals("design.psd", FileNames.displayName("  ..design.psd ", FileType.PSD));
  }

  @Test
  void keepsAMatchingExtensionInAnyCaseAndAddsTheRealOneOtherwise() {
    assertEquals("Front Logo.JPEG", FileNames.displayName("Front Logo.JPEG", FileType.JPEG));
    assertEquals("artwork.ai", FileNames.displayName("artwork.ai", FileType.PDF));
    assertEquals("artwork.jpg", FileNames.displayName("artwork", FileType.JPEG));
    assertEquals("file.png", FileNames.displayName("", FileType.PNG));
    assertEquals("file.gif", FileNames.displayName(null, FileType.GIF));
    assertEquals("Diseño.png", FileNames.displayName("Disen\u0303o.png", FileType.PNG));
  }

  @Test
  void shortensLongNamesButKeepsTheExtension() {
    String name = FileNames.displayName("x".repeat(500) + ".pdf", FileType.PDF);
    assertEquals(FileNames.MAX, name.length());
    assertTrue(name.endsWith("x.pdf"));
  }
}
