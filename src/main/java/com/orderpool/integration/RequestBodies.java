package com.orderpool.integration;

import com.orderpool.core.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies as raw bytes, refusing more than a limit without buffering it all. */
public final class RequestBodies {
  private RequestBodies() {}

  public static byte[] read(InputStream in, int maxBytes) {
    if (in == null) {
      return new byte[0];
    }
    try {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new PayloadTooLargeException(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("request body not readable", e);
    }
  }
}
