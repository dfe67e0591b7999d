package com.orderpool.core;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBException;
import java.util.Arrays;

/**
 * Root of every rule violation the user can fix. It carries a resource-bundle key and arguments,
 * and optionally the form field it belongs to, so the web tier shows it next to that field and the
 * API maps it to a problem+json body.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;
  private final transient Object[] args;

  /** A page-level error (no form field). */
  public static BusinessException of(String messageKey, Object... args) {
    return new BusinessException(null, messageKey, args);
  }

  public BusinessException(String field, String messageKey, Object... args) {
    super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.field = field;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /**
   * The business refusal behind a failure (itself, a cause, or what an EJB call wrapped); any other
   * failure is thrown again as it is.
   */
  public static BusinessException behind(RuntimeException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof BusinessException be) {
        return be;
      }
      if (c instanceof EJBException ejb
          && ejb.getCausedByException() instanceof BusinessException be) {
        return be;
      }
    }
    throw e;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }

  /** The form field this error belongs to, or {@code null} for a page-level error. */
  public String field() {
    return field;
  }

  /** The HTTP status this error maps to. */
  public int httpStatus() {
    return 422;
  }

  /** Seconds after which the same request may succeed ({@code Retry-After}); 0 when it won't. */
  public long retryAfterSeconds() {
    return 0;
  }
}
