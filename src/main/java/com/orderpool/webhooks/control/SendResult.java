package com.orderpool.webhooks.control;

import java.time.Duration;

/**
 * What one attempt got: the HTTP status (null when no response came, such as a refused address or a
 * timeout), how long it took, the start of the response or the error, and the receiver's
 * Retry-After (429/503).
 */
public record SendResult(Integer status, long durationMs, String excerpt, Duration retryAfter) {
  public boolean isSuccess() {
    return status != null && status >= 200 && status < 300;
  }

  /** 410 Gone: the receiver wants no more; the endpoint is switched off. */
  public boolean isGone() {
    return status != null && status == 410;
  }

  public static SendResult noResponse(long durationMs, String error) {
    return new SendResult(null, durationMs, error, null);
  }
}
