package com.orderpool.api.boundary;

import com.orderpool.integration.InvalidInputException;
import com.orderpool.integration.Problems.FieldError;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.entity.PaymentMethod;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bodies of the payment and shipment calls on an order, with every field error at once. */
public final class ApiActionInput {
  /** A shipment: the method (id or name; null: the one the customer chose) and tracking numbers. */
  public record ShipmentBody(Long methodId, String methodName, List<String> trackingNumbers) {}

  private ApiActionInput() {}

  /**
   * {@code {"method":"BANK_TRANSFER","amount":"121.00","receivedOn":"2026-12-06","reference":"…"}};
   * {@code receivedOn} left out is filled in with today by the boundary.
   */
  public static PaymentInput payment(byte[] body, Validator validator) {
    JsonObject o = ApiOrderInput.json(body);
    List<FieldError> errors = new ArrayList<>();
    PaymentInput in = new PaymentInput();
    String method = string(o, "method", errors);
    if (method != null) {
      try {
        PaymentMethod m = PaymentMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
        if (!m.isManual()) {
          errors.add(FieldError.of("method", "api.enum.invalid", method));
        }
        in.setMethod(m);
      } catch (IllegalArgumentException e) {
        errors.add(FieldError.of("method", "api.enum.invalid", method));
      }
    }
    JsonValue amount = o.get("amount");
    try {
      if (amount instanceof JsonNumber n) {
        in.setAmount(n.bigDecimalValue());
      } else if (amount instanceof JsonString s) {
        in.setAmount(new BigDecimal(s.getString().strip()));
      } else if (amount != null && amount != JsonValue.NULL) {
        errors.add(FieldError.of("amount", "api.field.decimal"));
      }
    } catch (NumberFormatException e) {
      errors.add(FieldError.of("amount", "api.field.decimal"));
    }
    String on = string(o, "receivedOn", errors);
    if (on != null) {
      try {
        in.setReceivedOn(LocalDate.parse(on.strip()));
      } catch (DateTimeParseException e) {
        errors.add(FieldError.of("receivedOn", "api.date.invalid"));
      }
    }
    in.setReference(string(o, "reference", errors));
    in.setNote(string(o, "note", errors));
    LocalDate wanted = in.getReceivedOn();
    if (wanted == null) {
      in.setReceivedOn(LocalDate.of(2000, 1, 1)); // stands in for "today" while validating
    }
    java.util.Set<String> reported =
        errors.stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
    for (ConstraintViolation<PaymentInput> v : validator.validate(in)) {
      String field = v.getPropertyPath().toString();
      if (!reported.contains(field)) {
        errors.add(FieldError.ofConstraint(field, v.getMessageTemplate(), v.getMessage()));
      }
    }
    in.setReceivedOn(wanted);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return in;
  }

  /** {@code {"method":"Standard delivery" | 3, "trackingNumbers":["PK123"]}}. */
  public static ShipmentBody shipment(byte[] body) {
    JsonObject o = ApiOrderInput.json(body);
    List<FieldError> errors = new ArrayList<>();
    Long id = null;
    String name = null;
    JsonValue method = o.get("method");
    if (method instanceof JsonNumber n) {
      id = n.longValue();
    } else if (method instanceof JsonString s) {
      name = s.getString().strip();
    } else if (method != null && method != JsonValue.NULL) {
      errors.add(FieldError.of("method", "api.shippingMethod.invalid"));
    }
    List<String> numbers = new ArrayList<>();
    JsonValue tracking = o.get("trackingNumbers");
    if (tracking instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof JsonString s && !s.getString().isBlank()) {
          numbers.add(s.getString().strip());
        } else {
          errors.add(FieldError.of("trackingNumbers[" + i + "]", "api.field.text"));
        }
      }
    } else if (tracking != null && tracking != JsonValue.NULL) {
      errors.add(FieldError.of("trackingNumbers", "api.field.array"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ShipmentBody(id, name, List.copyOf(numbers));
  }

  private static String string(JsonObject o, String name, List<FieldError> errors) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(name, "api.field.text"));
    return null;
  }
}
