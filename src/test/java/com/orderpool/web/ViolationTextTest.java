package com.orderpool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViolationTextTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  static class Form {
    @Size(max = 5)
    String name = "far too long";

    @Email(message = "{email.invalid}")
    String email = "not an address";

    @PositiveOrZero BigDecimal amount = new BigDecimal("-10");

    @NotNull String required;
  }

  private static String text(String property, Locale locale) {
    ConstraintViolation<Form> v =
        VALIDATOR.validate(new Form()).stream()
            .filter(x -> x.getPropertyPath().toString().equals(property))
            .findFirst()
            .orElseThrow();
    return ViolationText.of(v, locale);
  }

  @Test
  void standardConstraintsSpeakTheProductsWordsInEnglish() {
    assertEquals("This text is too long: 5 characters at most.", text("name", Locale.ENGLISH));
    assertEquals("This is not a valid e-mail address.", text("email", Locale.ENGLISH));
    assertEquals(
        "Enter zero or more; negative amounts are not allowed.", text("amount", Locale.ENGLISH));
    assertEquals("This field is required.", text("required", Locale.ENGLISH));
  }

  @Test
  void andInSpanishOnASpanishPage() {
    Locale es = Locale.forLanguageTag("es");
    assertEquals("Este texto es demasiado largo: 5 caracteres como máximo.", text("name", es));
    assertEquals("No es una dirección de correo válida.", text("email", es));
    assertEquals("Este campo es obligatorio.", text("required", es));
  }
}
