package com.orderpool.api.control;

import com.orderpool.core.BusinessException;
import jakarta.ejb.ApplicationException;

/** The tenant's keys made more requests than its rate limit allows: retry after some seconds. */
@ApplicationException(rollback = true)
public class RateLimitedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public RateLimitedException(long retryAfterSeconds) {
    super(null, "api.rateLimited", retryAfterSeconds);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public int httpStatus() {
    return 429;
  }
}
