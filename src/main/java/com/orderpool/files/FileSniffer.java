package com.orderpool.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises an allowed file type from the file's first bytes (its magic number). The file name
 * plays no part, so a web page renamed to {@code .png} is still refused. Everything that is not one
 * of the {@link FileType}s is refused: SVG and HTML (they can carry script), executables, archives.
 * ZIP-based formats are refused on purpose: the magic bytes only say "zip", not what is inside.
 */
public final class FileSniffer {
  /** How many leading bytes {@link #sniff} needs to decide. */
  public static final int HEAD_BYTES = 16;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = ascii("GIF87a");
  private static final byte[] GIF89 = ascii("GIF89a");
  private static final byte[] RIFF = ascii("RIFF");
  private static final byte[] WEBP = ascii("WEBP");
  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PSD = ascii("8BPS");

  private FileSniffer() {}

  /** The type these leading bytes belong to, or empty when it is not an allowed type. */
  public static Optional<FileType> sniff(byte[] head) {
    if (startsWith(head, 0, PNG)) {
      return Optional.of(FileType.PNG);
    }
    if (startsWith(head, 0, JPEG)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
      return Optional.of(FileType.GIF);
    }
    if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
      return Optional.of(FileType.WEBP);
    }
    if (startsWith(head, 0, PDF)) {
      return Optional.of(FileType.PDF);
    }
    if (startsWith(head, 0, PSD) && head.length >= 6 && head[4] == 0 && isPsdVersion(head[5])) {
      return Optional.of(FileType.PSD);
    }
    return Optional.empty();
  }

  /** Version 1 is a Photoshop document, version 2 a large document (PSB). */
  private static boolean isPsdVersion(byte version) {
    return version == 1 || version == 2;
  }

  private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
    return data.length >= offset + prefix.length
        && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
