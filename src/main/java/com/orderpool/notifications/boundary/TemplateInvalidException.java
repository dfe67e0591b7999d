package com.orderpool.notifications.boundary;

import com.orderpool.core.BusinessException;
import jakarta.ejb.ApplicationException;

/**
 * A template that cannot be saved: a syntax error, or a construct that reaches outside the model
 * (partials, inheritance). The field is the part ({@code subject}, {@code html}, {@code text}).
 */
@ApplicationException(rollback = true)
public class TemplateInvalidException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final int line;

  public TemplateInvalidException(String part, int line, String detail) {
    super(part, "template.invalid", line, detail);
    this.line = line;
  }

  /** The line (1-based) of the part the error is on. */
  public int line() {
    return line;
  }
}
