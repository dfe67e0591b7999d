package com.orderpool.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The detection pass over an import file: reads its bytes once and either refuses the file (too
 * large, empty, binary, UTF-16/32, neither UTF-8 nor Windows-1252) or tells its charset and the
 * length of its byte order mark.
 */
final class CsvSniffer {
  /** Windows-1252, the charset of files saved by Excel on Western Windows machines. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final long MB = 1024L * 1024L;
  private static final int CHUNK = 64 * 1024;

  /** How many leading bytes are looked at for the NUL pattern of UTF-16/32 without a BOM. */
  private static final int SAMPLE = 4096;

  /**
   * Which positions (modulo 4) hold the NULs of ASCII text in UTF-16LE, UTF-16BE, UTF-32LE and
   * UTF-32BE (bit r set: position r is NUL).
   */
  private static final int[] WIDE_PATTERNS = {0b1010, 0b0101, 0b1110, 0b0111};

  private CsvSniffer() {}

  /**
   * What the detection pass found.
   *
   * @param charset UTF-8 or Windows-1252
   * @param bomLength 3 when the file starts with a UTF-8 byte order mark, else 0
   */
  record Result(Charset charset, int bomLength) {}

  /** Reads the file once and recognises it, or refuses it. */
  static Result sniff(Path file, long maxBytes) throws CsvRefusedException {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new CsvRefusedException("imports.file.tooLarge", megabytes(maxBytes));
      }
      if (size == 0) {
        throw new CsvRefusedException("imports.file.empty");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return scan(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cap in MB for the message: whole when it is whole, else to one decimal (at least 0.1). */
  static Number megabytes(long maxBytes) {
    if (maxBytes % MB == 0) {
      return maxBytes / MB;
    }
    return Math.max(0.1, Math.round(maxBytes * 10.0 / MB) / 10.0);
  }

  private static Result scan(InputStream in) throws IOException, CsvRefusedException {
    byte[] buf = new byte[CHUNK];
    int n = in.readNBytes(buf, 0, CHUNK);
    if (startsWith(buf, n, 0xFF, 0xFE)
        || startsWith(buf, n, 0xFE, 0xFF)
        || startsWith(buf, n, 0x00, 0x00, 0xFE, 0xFF)) {
      throw new CsvRefusedException("imports.file.utf16");
    }
    if (isWide(buf, n)) {
      throw new CsvRefusedException("imports.file.utf16");
    }
    int bom = startsWith(buf, n, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    Utf8Check utf8 = new Utf8Check();
    long total = 0;
    long controls = 0;
    boolean content = false;
    boolean undefined1252 = false;
    int from = bom;
    while (n > 0) {
      for (int i = from; i < n; i++) {
        int b = buf[i] & 0xFF;
        if (b == 0) {
          throw new CsvRefusedException("imports.file.binary");
        }
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
          controls++;
        }
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
          content = true;
        }
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
          undefined1252 = true;
        }
        utf8.accept(b);
      }
      total += n - from;
      from = 0;
      n = in.readNBytes(buf, 0, CHUNK);
    }
    if (controls * 20 > total) {
      throw new CsvRefusedException("imports.file.binary");
    }
    if (!content) {
      throw new CsvRefusedException("imports.file.empty");
    }
    if (utf8.valid()) {
      return new Result(StandardCharsets.UTF_8, bom);
    }
    if (bom > 0 || undefined1252) {
      throw new CsvRefusedException("imports.file.encoding");
    }
    return new Result(WINDOWS_1252, 0);
  }

  /** True when the leading bytes have the NUL pattern of ASCII text in UTF-16 or UTF-32. */
  private static boolean isWide(byte[] buf, int n) {
    int len = Math.min(n, SAMPLE) & ~3;
    int quads = len / 4;
    if (quads < 2) {
      return false;
    }
    int[] nuls = new int[4];
    for (int i = 0; i < len; i++) {
      if (buf[i] == 0) {
        nuls[i & 3]++;
      }
    }
    for (int pattern : WIDE_PATTERNS) {
      boolean matches = true;
      for (int r = 0; r < 4 && matches; r++) {
        boolean nul = (pattern >> r & 1) != 0;
        matches = nul ? nuls[r] * 2 >= quads : nuls[r] * 10 <= quads;
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] buf, int n, int... prefix) {
    if (n < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((buf[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A streaming check of well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing
   * above U+10FFFF, no sequence cut off at the end.
   */
  private static final class Utf8Check {
    private boolean broken;
    private int needed;
    private int low = 0x80;
    private int high = 0xBF;

    void accept(int b) {
      if (broken) {
        return;
      }
      if (needed > 0) {
        if (b < low || b > high) {
          broken = true;
        }
        needed--;
        low = 0x80;
        high = 0xBF;
      } else if (b >= 0x80) {
        lead(b);
      }
    }

    private void lead(int b) {
      if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        needed = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        needed = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        broken = true;
      }
    }

    boolean valid() {
      return !broken && needed == 0;
    }
  }
}
