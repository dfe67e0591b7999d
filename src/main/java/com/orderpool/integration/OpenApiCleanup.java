package com.orderpool.integration;

import com.orderpool.core.JsonP;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The last step of building the OpenAPI document ({@code mp.openapi.filter}). Payara copies the
 * default of every {@code @Schema} attribute that was not set into the schema: {@code
 * "maxProperties": 0} on every object (which would allow only empty objects), {@code "minLength":
 * 0}, {@code "nullable": false} and the like. Those are removed here, so a schema says only what
 * was declared; every value removed is the JSON Schema default, except {@code maxProperties} 0,
 * which no schema of the API means. A subclass schema visited twice also lists its parent twice in
 * {@code allOf}; the repeat is dropped. Examples and defaults come from annotations as strings; an
 * integer, number or boolean schema gets them as JSON numbers and booleans. Likewise a JSON request
 * body's examples, written as JSON text in the annotations, become the JSON they spell, so they
 * match their schema rather than being one string.
 *
 * <p>Every operation that takes an API key ({@code @SecurityRequirement(name = "apiKey")}) also
 * gets the answers any such call may give, 401, 403 and 429, as problems, unless it declares them
 * itself.
 */
public class OpenApiCleanup implements OASFilter {
  private static final Integer ZERO = 0;
  private static final String API_KEY = "apiKey";

  static final String UNAUTHENTICATED = "No API key, or one that is unknown, revoked or expired.";
  static final String FORBIDDEN = "The key lacks the scope, or its tenant is suspended.";
  static final String RATE_LIMITED = "Over the tenant's rate limit; retry after Retry-After.";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : api.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        boolean keyed =
            op.getSecurity() != null
                && op.getSecurity().stream()
                    .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(API_KEY));
        if (keyed && op.getResponses() != null) {
          answer(op, "401", problem(UNAUTHENTICATED));
          answer(op, "403", problem(FORBIDDEN));
          answer(
              op,
              "429",
              problem(RATE_LIMITED)
                  .addHeader(
                      "Retry-After",
                      OASFactory.createHeader()
                          .description("Seconds to wait.")
                          .schema(OASFactory.createSchema().type(SchemaType.INTEGER))));
        }
      }
    }
  }

  private static void answer(Operation op, String code, APIResponse response) {
    if (!op.getResponses().hasAPIResponse(code)) {
      op.getResponses().addAPIResponse(code, response);
    }
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problems.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (ZERO.equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (ZERO.equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (ZERO.equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    schema.setExample(typed(schema.getType(), schema.getExample()));
    schema.setDefaultValue(typed(schema.getType(), schema.getDefaultValue()));
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      Set<String> refs = new HashSet<>();
      List<Schema> once = new ArrayList<>();
      for (Schema part : schema.getAllOf()) {
        if (part.getRef() == null || refs.add(part.getRef())) {
          once.add(part);
        }
      }
      schema.setAllOf(once);
    }
    return schema;
  }

  @Override
  public RequestBody filterRequestBody(RequestBody body) {
    if (body.getContent() != null && body.getContent().getMediaTypes() != null) {
      for (Map.Entry<String, MediaType> media : body.getContent().getMediaTypes().entrySet()) {
        Map<String, Example> examples = media.getValue().getExamples();
        if (media.getKey().endsWith("json") && examples != null) {
          examples.values().forEach(e -> e.setValue(parsed(e.getValue())));
        }
      }
    }
    return body;
  }

  /** JSON text as the objects, lists and values it spells; anything else as it is. */
  private static Object parsed(Object value) {
    if (!(value instanceof String text) || !(text.startsWith("{") || text.startsWith("["))) {
      return value;
    }
    try (JsonReader reader = JsonP.createReader(new StringReader(text))) {
      return plain(reader.readValue());
    } catch (JsonException | IllegalStateException notJson) {
      return value;
    }
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> object.put(k, plain(v)));
        yield object;
      }
      case ARRAY -> value.asJsonArray().stream().map(OpenApiCleanup::plain).toList();
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  /** An annotation's text as the value of a schema of this type: {@code "1"} as 1. */
  private static Object typed(SchemaType type, Object value) {
    if (!(value instanceof String text) || type == null) {
      return value;
    }
    try {
      return switch (type) {
        case INTEGER -> Long.valueOf(text);
        case NUMBER -> new BigDecimal(text);
        case BOOLEAN -> "true".equals(text) || "false".equals(text) ? Boolean.valueOf(text) : text;
        default -> text;
      };
    } catch (NumberFormatException notANumber) {
      return text;
    }
  }
}
