package com.orderpool.api.control;

import com.orderpool.core.MalformedRequestException;
import com.orderpool.orders.entity.PaymentStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The filters of {@code GET /api/v1/orders}: creation from (inclusive) and to (exclusive), changed
 * since (the sync feed), status code, payment status, page size and the cursor of the page before.
 */
public record FeedQuery(
    Instant createdFrom,
    Instant createdTo,
    Instant updatedSince,
    String status,
    PaymentStatus paymentStatus,
    int limit,
    FeedCursor cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** Parses the query parameters; anything unreadable is a 400 naming the parameter. */
  public static FeedQuery parse(
      String createdFrom,
      String createdTo,
      String updatedSince,
      String status,
      String paymentStatus,
      String limit,
      String cursor) {
    return new FeedQuery(
        instant("createdFrom", createdFrom),
        instant("createdTo", createdTo),
        instant("updatedSince", updatedSince),
        blank(status) ? null : status.strip(),
        payment(paymentStatus),
        limit(limit),
        blank(cursor) ? null : FeedCursor.decode(cursor.strip()));
  }

  /** Sync mode: pages by change time (and id), else by id (creation). */
  public boolean bySync() {
    return updatedSince != null || (cursor != null && cursor.updatedAt() != null);
  }

  private static Instant instant(String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeParseException e2) {
        throw new MalformedRequestException(name, "api.instant.invalid", name);
      }
    }
  }

  private static PaymentStatus payment(String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return PaymentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MalformedRequestException("paymentStatus", "api.paymentStatus.invalid");
    }
  }

  private static int limit(String value) {
    if (blank(value)) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new MalformedRequestException("limit", "api.limit.invalid", MAX_LIMIT);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
