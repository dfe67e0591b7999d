package com.orderpool.reports.control;

import com.orderpool.core.BusinessException;
import jakarta.ejb.ApplicationException;

/**
 * A document design that cannot be used: the XML does not parse, an expression does not compile,
 * filling it with the sample document fails, or it reaches beyond what designs may do (a resource
 * that is not bundled, more time or pages than a document may take). It carries the engine's
 * message, or one of Orderpool's message keys, for the user.
 */
@ApplicationException(rollback = true)
public class DesignInvalidException extends BusinessException {
  private static final long serialVersionUID = 1L;
  static final int MAX_DETAIL = 1500;

  private final String detail;

  /** The engine refused the design; {@code detail} is its message. */
  public DesignInvalidException(String detail) {
    super("design", "reports.design.invalid", shorten(detail));
    this.detail = shorten(detail);
  }

  /** Orderpool refused the design for the reason its message key names. */
  DesignInvalidException(String messageKey, Object arg) {
    super("design", messageKey, arg);
    this.detail = shorten(messageKey + ": " + arg);
  }

  /** The compiler's (or filler's) message, or the key and argument of Orderpool's refusal. */
  public String detail() {
    return detail;
  }

  static String shorten(String detail) {
    String d = detail == null || detail.isBlank() ? "unknown error" : detail.strip();
    return d.length() <= MAX_DETAIL ? d : d.substring(0, MAX_DETAIL) + " …";
  }
}
