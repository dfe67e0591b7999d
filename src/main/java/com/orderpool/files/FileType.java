package com.orderpool.files;

import java.util.List;
import java.util.Locale;

/**
 * The file types an attachment may have, as recognised from their first bytes. The content type
 * served on download comes from here, never from what the uploader claimed.
 */
public enum FileType {
  PNG("image/png", true, "png"),
  JPEG("image/jpeg", true, "jpg", "jpeg", "jpe"),
  GIF("image/gif", true, "gif"),
  WEBP("image/webp", false, "webp"),
  /** Also Adobe Illustrator files saved PDF-compatible (the default), which start as a PDF. */
  PDF("application/pdf", false, "pdf", "ai"),
  /** Photoshop documents (PSD) and large documents (PSB). */
  PSD("image/vnd.adobe.photoshop", false, "psd", "psb");

  private final String contentType;
  private final boolean thumbnailable;
  private final List<String> extensions;

  FileType(String contentType, boolean thumbnailable, String... extensions) {
    this.contentType = contentType;
    this.thumbnailable = thumbnailable;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  /** True for raster images the server can decode to make a thumbnail. */
  public boolean thumbnailable() {
    return thumbnailable;
  }

  /** True when the file name ends with one of this type's usual extensions. */
  public boolean matchesName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The usual extension, without the dot. */
  public String extension() {
    return extensions.get(0);
  }
}
