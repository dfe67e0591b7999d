package com.orderpool.integration;

import com.orderpool.core.BusinessException;
import com.orderpool.core.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, the
 * message key as {@code code}, and {@code errors} (field and message) for invalid input. Texts come
 * from the message bundles, in English.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
  static final String TYPE_PREFIX = "urn:orderpool:problem:";
  static final String MALFORMED_JSON = "api.malformedJson";

  private static final Map<Integer, String> SLUGS =
      Map.ofEntries(
          Map.entry(400, "bad-request"),
          Map.entry(401, "unauthenticated"),
          Map.entry(403, "forbidden"),
          Map.entry(404, "not-found"),
          Map.entry(405, "method-not-allowed"),
          Map.entry(406, "not-acceptable"),
          Map.entry(409, "conflict"),
          Map.entry(413, "payload-too-large"),
          Map.entry(415, "unsupported-media-type"),
          Map.entry(422, "business-rule"),
          Map.entry(429, "too-many-requests"),
          Map.entry(503, "maintenance"),
          Map.entry(500, "internal-error"));

  private Problems() {}

  /** One field's error. */
  public record FieldError(String field, String message) implements java.io.Serializable {
    /** A field's error from a message key of the bundles (in English). */
    public static FieldError of(String field, String key, Object... args) {
      return new FieldError(field, ApiText.message(key, args));
    }

    /** A field's error from a Bean Validation message template and its interpolated text. */
    public static FieldError ofConstraint(String field, String template, String interpolated) {
      return new FieldError(field, ApiText.validation(template, interpolated));
    }
  }

  /**
   * Runs work whose field errors and messages come in {@code locale} instead of English (for what a
   * person reads later, such as an import's bad rows).
   */
  public static <T> T inLanguage(java.util.Locale locale, java.util.function.Supplier<T> work) {
    return ApiText.in(locale, work);
  }

  /** A message of the bundles, in the language of {@link #inLanguage} (English outside it). */
  public static String text(String key, Object... args) {
    return ApiText.message(key, args);
  }

  /** A rule violation: its status, its message in English, and its field if it has one. */
  public static Response of(BusinessException e) {
    if (MALFORMED_JSON.equals(e.messageKey())) {
      return malformedJson();
    }
    if (e instanceof InvalidInputException invalid) {
      return response(
          400, "validation", ApiText.message("api.invalid"), "api.invalid", invalid.errors());
    }
    String detail = ApiText.message(e.messageKey(), e.args());
    List<FieldError> errors =
        e.field() == null ? List.of() : List.of(new FieldError(e.field(), detail));
    String slug = e.httpStatus() == 400 && e.field() != null ? "validation" : slug(e.httpStatus());
    Response r = response(e.httpStatus(), slug, detail, e.messageKey(), errors);
    return e.retryAfterSeconds() > 0
        ? Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build()
        : r;
  }

  /** Invalid input (Bean Validation): 400 with one entry per violated field. */
  public static Response of(ConstraintViolationException e) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      errors.add(
          new FieldError(
              field(v.getPropertyPath()),
              ApiText.validation(v.getMessageTemplate(), v.getMessage())));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    return response(
        400, "validation", ApiText.message("api.invalid"), "api.invalid", List.copyOf(errors));
  }

  /** A body that is not (valid) JSON. */
  public static Response malformedJson() {
    return response(
        400, "malformed-json", ApiText.message(MALFORMED_JSON), MALFORMED_JSON, List.of());
  }

  /** A plain HTTP error (unknown path, wrong method, ...). */
  public static Response status(int status) {
    String key = "api.status." + status;
    String detail = ApiText.message(key);
    return response(
        status, slug(status), detail.equals(key) ? null : detail, key, List.<FieldError>of());
  }

  /** The problem+json text for a status, for code outside JAX-RS (the login mechanism). */
  public static String json(int status) {
    return status(status).getEntity().toString();
  }

  static Response response(
      int status, String slug, String detail, String code, List<FieldError> errors) {
    JsonObjectBuilder b =
        JsonP.createObjectBuilder()
            .add("type", TYPE_PREFIX + slug)
            .add("title", ApiText.message("api.title." + slug))
            .add("status", status);
    if (detail != null) {
      b.add("detail", detail);
    }
    b.add("code", code);
    if (!errors.isEmpty()) {
      JsonArrayBuilder a = JsonP.createArrayBuilder();
      errors.forEach(
          f ->
              a.add(
                  JsonP.createObjectBuilder().add("field", f.field()).add("message", f.message())));
      b.add("errors", (JsonArray) a.build());
    }
    return Response.status(status).type(PROBLEM_JSON).entity(b.build().toString()).build();
  }

  private static String slug(int status) {
    return SLUGS.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request");
  }

  /** The field of a violation: its property path below the method and parameter, dotted. */
  static String field(Path path) {
    List<String> properties = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() != ElementKind.METHOD
          && node.getKind() != ElementKind.CONSTRUCTOR
          && node.getKind() != ElementKind.CROSS_PARAMETER
          && node.getKind() != ElementKind.RETURN_VALUE
          && node.getName() != null) {
        properties.add(node.getName());
      }
    }
    if (!properties.isEmpty()) {
      return String.join(".", properties);
    }
    return parameter != null ? parameter : path.toString();
  }
}
