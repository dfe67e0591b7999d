package com.orderpool.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A constraint violation's message in the user's language. Services validate their parameters where
 * the server's default language applies; the message template ({@code ValidationMessages}, whose
 * entries also replace the standard texts such as "size must be between 0 and 200") is interpolated
 * again in the language of the page.
 */
public final class ViolationText {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private ViolationText() {}

  public static String of(ConstraintViolation<?> v, Locale locale) {
    MessageInterpolator interpolator = FACTORY.getMessageInterpolator();
    try {
      return interpolator.interpolate(
          v.getMessageTemplate(),
          new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
              return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
              return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
              throw new jakarta.validation.ValidationException("cannot unwrap to " + type);
            }
          },
          locale);
    } catch (RuntimeException e) {
      return v.getMessage();
    }
  }
}
