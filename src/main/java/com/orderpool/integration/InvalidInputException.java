package com.orderpool.integration;

import com.orderpool.core.MalformedRequestException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks several field rules at once, each already named as the API calls the field: a
 * 400 problem listing every error.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends MalformedRequestException {
  private static final long serialVersionUID = 1L;

  private final List<Problems.FieldError> errors;

  public InvalidInputException(List<Problems.FieldError> errors) {
    super(null, "api.invalid");
    this.errors = List.copyOf(errors);
  }

  public List<Problems.FieldError> errors() {
    return errors;
  }
}
