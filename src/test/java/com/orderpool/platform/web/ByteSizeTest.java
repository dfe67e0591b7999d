package com.orderpool.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Byte counts for people, in English and Spanish number formats. */
class ByteSizeTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void bytesKilobytesMegabytesGigabytes() {
    assertEquals("0 B", ByteSize.format(0, Locale.ENGLISH));
    assertEquals("1,023 B", ByteSize.format(1023, Locale.ENGLISH));
    assertEquals("1.0 KB", ByteSize.format(1024, Locale.ENGLISH));
    assertEquals("14.5 KB", ByteSize.format(14_848, Locale.ENGLISH));
    assertEquals("1.0 MB", ByteSize.format(1024 * 1024 - 1, Locale.ENGLISH), "no 1024.0 KB");
    assertEquals("3.5 MB", ByteSize.format(3_670_016, Locale.ENGLISH));
    assertEquals("2.0 GB", ByteSize.format(2L * 1024 * 1024 * 1024, Locale.ENGLISH));
    assertEquals("2,048.0 TB", ByteSize.format(2L << 50, Locale.ENGLISH), "TB is the largest");
  }

  @Test
  void spanishUsesItsDecimalComma() {
    assertEquals("14,5 KB", ByteSize.format(14_848, ES));
    assertEquals("3,5 MB", ByteSize.format(3_670_016, ES));
  }
}
