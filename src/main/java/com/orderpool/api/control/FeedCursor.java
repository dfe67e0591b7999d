package com.orderpool.api.control;

import com.orderpool.core.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the order feed ended, opaque to callers: the last order's change time and id
 * (sync by {@code updatedSince}), or its id alone (by creation).
 */
public record FeedCursor(Instant updatedAt, long id) {

  public static FeedCursor byId(long id) {
    return new FeedCursor(null, id);
  }

  public String encode() {
    String raw =
        updatedAt == null
            ? "i:" + id
            : "u:" + updatedAt.getEpochSecond() + ":" + updatedAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  /** A cursor this API gave out; anything else is a 400. */
  public static FeedCursor decode(String text) {
    try {
      String[] p =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
      if (p.length == 2 && p[0].equals("i")) {
        return byId(Long.parseLong(p[1]));
      }
      if (p.length == 4 && p[0].equals("u")) {
        return new FeedCursor(
            Instant.ofEpochSecond(Long.parseLong(p[1]), Long.parseLong(p[2])),
            Long.parseLong(p[3]));
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      // falls through to the refusal
    }
    throw new MalformedRequestException("cursor", "api.cursor.invalid");
  }
}
