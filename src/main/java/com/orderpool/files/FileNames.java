package com.orderpool.files;

import java.text.Normalizer;

/**
 * Makes an uploader's file name safe to show and to offer on download: no folders, no control or
 * bidirectional-override characters, none of {@code " < > : | ? * ; \ /}, at most {@link #MAX}
 * characters, and an extension that matches the file's real type.
 */
public final class FileNames {
  static final int MAX = 150;
  private static final String FORBIDDEN = "\"<>:|?*;\\/";

  private FileNames() {}

  /** The display name for an upload of this type. */
  public static String displayName(String uploaded, FileType type) {
    String name = sanitise(uploaded);
    return type.matchesName(name) ? name : name + "." + type.extension();
  }

  static String sanitise(String uploaded) {
    String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (Character.isISOControl(c)
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.PRIVATE_USE
                  || type == Character.SURROGATE) {
                return;
              }
              clean.appendCodePoint(
                  FORBIDDEN.indexOf(c) >= 0 ? '_' : Character.isWhitespace(c) ? ' ' : c);
            });
    String result = clean.toString().strip().replaceAll("^[.\\s]+", "");
    if (result.isEmpty()) {
      return "file";
    }
    if (result.codePointCount(0, result.length()) > MAX) {
      int dot = result.lastIndexOf('.');
      String ext = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
      String base = result.substring(0, result.length() - ext.length());
      int keep = Math.max(1, MAX - ext.codePointCount(0, ext.length()));
      if (base.codePointCount(0, base.length()) > keep) {
        base = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
      }
      result = base + ext;
    }
    return result;
  }
}
