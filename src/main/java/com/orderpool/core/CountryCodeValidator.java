package com.orderpool.core;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Accepts the ISO 3166-1 alpha-2 codes the JDK knows, upper case only. */
public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
  private static final Set<String> CODES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  public static boolean isValid(String code) {
    return code != null && CODES.contains(code);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isEmpty() || isValid(value.strip().toUpperCase(Locale.ROOT));
  }
}
