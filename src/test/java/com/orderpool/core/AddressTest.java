package com.orderpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class AddressTest {
  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private static Address valid() {
    Address a = new Address("Ann Smith", "Carrer de Mallorca 401", "08013", "Barcelona", "ES");
    a.setPhone("+34 600 000 000");
    return a;
  }

  private static Set<String> invalidFields(Address a) {
    return VALIDATOR.validate(a).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompleteAddressIsValid() {
    assertTrue(invalidFields(valid()).isEmpty());
  }

  @Test
  void requiredFieldsAreNamed() {
    assertEquals(
        Set.of("name", "line1", "postalCode", "city", "country"), invalidFields(new Address()));
  }

  @Test
  void countryMustBeAnIsoAlpha2Code() {
    for (String bad : new String[] {"XX", "ESP", "Spain", "E1"}) {
      Address a = valid();
      a.setCountry(bad);
      assertEquals(Set.of("country"), invalidFields(a), bad);
    }
    Address lower = valid();
    lower.setCountry("de");
    assertTrue(invalidFields(lower).isEmpty(), "lower case is accepted and normalised");
    assertEquals("DE", lower.normalised().getCountry());
  }

  @Test
  void postalCodeAndPhoneAreChecked() {
    Address a = valid();
    a.setPostalCode("<script>");
    a.setPhone("call me maybe");
    assertEquals(Set.of("postalCode", "phone"), invalidFields(a));
  }

  @Test
  void normalisedTrimsAndDropsBlanks() {
    Address a = valid();
    a.setName("  Ann Smith ");
    a.setLine2("   ");
    Address n = a.normalised();
    assertEquals("Ann Smith", n.getName());
    assertNull(n.getLine2());
    assertEquals(valid().normalised(), n);
  }

  @Test
  void oneLineAndEquality() {
    assertEquals(
        "Ann Smith, Carrer de Mallorca 401, 08013 Barcelona, ES, +34 600 000 000",
        valid().oneLine());
    Address other = valid();
    other.setCity("Girona");
    assertNotEquals(valid(), other);
    assertEquals(valid(), valid().copy());
    assertFalse(valid().equals(null));
  }

  @Test
  void countryNameIsLocalised() {
    assertEquals("Spain", valid().countryName(Locale.ENGLISH));
    assertEquals("España", valid().countryName(Locale.forLanguageTag("es")));
  }
}
