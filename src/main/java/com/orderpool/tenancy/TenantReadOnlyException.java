package com.orderpool.tenancy;

import com.orderpool.core.BusinessException;
import jakarta.ejb.ApplicationException;

/**
 * A write to a tenant that is read-only for a moment (its schema is being moved to another database
 * server): try again shortly. The API answers 503 with {@code Retry-After}.
 */
@ApplicationException(rollback = true)
public class TenantReadOnlyException extends BusinessException {
  private static final long serialVersionUID = 1L;

  /** Seconds a client should wait before sending the same request again. */
  public static final long RETRY_AFTER_SECONDS = 5;

  public TenantReadOnlyException() {
    super(null, "tenant.maintenance");
  }

  @Override
  public int httpStatus() {
    return 503;
  }

  @Override
  public long retryAfterSeconds() {
    return RETRY_AFTER_SECONDS;
  }
}
