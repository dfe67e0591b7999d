package com.orderpool.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import com.orderpool.reports.Logos;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Logo checks: the pixel dimensions are read from the header and refused before decoding. */
class LogoStoreTest {
  /** A valid small PNG whose header claims other dimensions (the pixel data stays tiny). */
  static byte[] withHeaderSize(byte[] png, int width, int height) {
    byte[] b = png.clone();
    // signature (8), IHDR length (4), "IHDR" (4), then width and height; CRC over type + data
    ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height);
    CRC32 crc = new CRC32();
    crc.update(b, 12, 4 + 13);
    ByteBuffer.wrap(b, 12 + 4 + 13, 4).putInt((int) crc.getValue());
    return b;
  }

  @Test
  void anOrdinaryLogoIsAccepted() {
    assertEquals("image/png", LogoStore.check(Logos.png(600, 180)));
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() {
    byte[] bomb = withHeaderSize(Logos.png(10, 10), 60_000, 60_000);
    BusinessException e = assertThrows(BusinessException.class, () -> LogoStore.check(bomb));
    assertEquals("branding.logo.dimensions", e.messageKey());
    assertArrayEquals(new Object[] {LogoStore.MAX_SIDE, 60_000, 60_000}, e.args());
  }

  @Test
  void aLogoTooWideIsRefusedWithItsSize() {
    byte[] wide = Logos.png(LogoStore.MAX_SIDE + 1, 20);
    BusinessException e = assertThrows(BusinessException.class, () -> LogoStore.check(wide));
    assertEquals("branding.logo.dimensions", e.messageKey());
    assertEquals(LogoStore.MAX_SIDE + 1, e.args()[1]);
  }

  @Test
  void aLogoCutAfterItsHeaderIsUnreadable() {
    byte[] cut = java.util.Arrays.copyOf(Logos.png(200, 100), 60);
    BusinessException e = assertThrows(BusinessException.class, () -> LogoStore.check(cut));
    assertEquals("branding.logo.unreadable", e.messageKey());
  }
}
