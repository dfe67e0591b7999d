package com.orderpool.reports.control;

import com.orderpool.core.BusinessException;
import jakarta.ejb.ApplicationException;

/**
 * A document design that cannot be used: the XML does not parse, an expression does not compile, or
 * filling it with the sample document fails. It carries the engine's message for the user.
 */
@ApplicationException(rollback = true)
public class DesignInvalidException extends BusinessException {
  private static final long serialVersionUID = 1L;
  static final int MAX_DETAIL = 1500;

  private final String detail;

  public DesignInvalidException(String detail) {
    super("design", "reports.design.invalid", shorten(detail));
    this.detail = shorten(detail);
  }

  /** The compiler's (or filler's) message, shortened for display. */
  public String detail() {
    return detail;
  }

  static String shorten(String detail) {
    String d = detail == null || detail.isBlank() ? "unknown error" : detail.strip();
    return d.length() <= MAX_DETAIL ? d : d.substring(0, MAX_DETAIL) + " …";
  }
}
