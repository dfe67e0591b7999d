package com.orderpool.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.shipping.entity.ShipmentStatus;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.WebSession;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /openapi} as the server builds it: the order API's request bodies
 * and answers (success and problem) have schemas with types, required fields, formats and enums
 * that match the code, and the documented order example stays the first example of placing an
 * order.
 */
class OpenApiIT extends InContainer {
  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";
  private static final String REF = "#/components/schemas/";

  private static final String PASSWORD = "openapi password 1";

  @Inject HttpServletRequest request;
  @Inject PlatformConsole console;
  @Inject AccountService accounts;

  /** The document, read once for the class: the server builds it once per deployment. */
  private static JsonObject read;

  private JsonObject doc;

  /** The document as a signed-in user of a new tenant reads it (the API reference page's way). */
  @BeforeEach
  void read() {
    if (read == null) {
      String code = Codes.fresh();
      ProvisionResult tenant =
          console.provision(new ProvisionRequest("Co " + code, code, Codes.email(code, "admin")));
      accounts.setPassword(tenant.setPasswordToken(), PASSWORD, PASSWORD);
      String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
      WebSession.Download r =
          WebSession.signIn(base, tenant.adminEmail(), PASSWORD).download("/openapi?format=JSON");
      assertEquals(200, r.status(), r::text);
      assertTrue(r.contentType().startsWith(JSON), r.contentType());
      try (JsonReader reader = Json.createReader(new StringReader(r.text()))) {
        read = reader.readObject();
      }
    }
    doc = read;
  }

  @Test
  void placingAnOrderDocumentsItsBodyWithTheExampleFirst() {
    JsonObject post = operation("/api/v1/orders", "post");
    JsonObject media =
        post.getJsonObject("requestBody").getJsonObject("content").getJsonObject(JSON);
    assertNotNull(media, () -> "application/json request body: " + post);
    JsonObject input = resolve(media.getJsonObject("schema"));
    assertTrue(
        required(input).containsAll(Set.of("model", "customer", "billingAddress", "lines")),
        () -> "required: " + input);
    JsonObject props = properties(input);
    assertEquals(enumNames(OrderType.values()), enumeration(props.getJsonObject("type")));
    assertEquals("MTO", props.getJsonObject("type").getString("default"));
    assertEquals("array", props.getJsonObject("lines").getString("type"));
    JsonObject line = resolve(props.getJsonObject("lines").getJsonObject("items"));
    assertEquals(Set.of("description", "unitPrice"), required(line));
    assertEquals("string", type(line, "unitPrice"));
    assertEquals("decimal", properties(line).getJsonObject("unitPrice").getString("format"));
    JsonObject customer = resolve(props.getJsonObject("customer"));
    assertEquals(Set.of("name", "email"), required(customer));
    assertEquals("email", properties(customer).getJsonObject("email").getString("format"));
    JsonObject address = resolve(props.getJsonObject("billingAddress"));
    assertTrue(
        required(address).containsAll(Set.of("name", "line1", "postalCode", "city", "country")));

    JsonObject examples = media.getJsonObject("examples");
    assertNotNull(examples, () -> "examples: " + media);
    JsonValue first = examples.values().iterator().next();
    assertTrue(
        first.toString().contains("shop-1001"), () -> "the order example first: " + examples);
    JsonObject example = first.asJsonObject().getJsonObject("value");
    assertNotNull(example, () -> "the example as JSON, not as text: " + first);
    assertEquals("shop-1001", example.getString("externalReference"));
    assertEquals(1, example.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
  }

  @Test
  void answersOfPlacingAnOrderHaveTheirSchemas() {
    JsonObject responses = operation("/api/v1/orders", "post").getJsonObject("responses");
    JsonObject order = resolve(schemaOf(responses, "201", JSON));
    assertTrue(properties(order).containsKey("number"), order::toString);
    assertTrue(
        required(order).containsAll(Set.of("number", "status", "phase", "lines")), order::toString);
    JsonObject props = properties(order);
    assertEquals(enumNames(Phase.values()), enumeration(props.getJsonObject("phase")));
    assertEquals("date-time", props.getJsonObject("createdAt").getString("format"));
    JsonObject costs = resolve(props.getJsonObject("costs"));
    assertEquals("string", type(costs, "total"));
    assertEquals("decimal", properties(costs).getJsonObject("total").getString("format"));
    for (String code : List.of("400", "401", "403", "409", "413", "422", "429")) {
      assertProblem(responses, code);
    }
  }

  @Test
  void theOrderListIsAPageOfDataAndACursor() {
    JsonObject responses = operation("/api/v1/orders", "get").getJsonObject("responses");
    JsonObject page = resolve(schemaOf(responses, "200", JSON));
    JsonObject props = properties(page);
    assertEquals("array", props.getJsonObject("data").getString("type"), page::toString);
    JsonObject summary = resolve(props.getJsonObject("data").getJsonObject("items"));
    assertTrue(properties(summary).containsKey("number"), summary::toString);
    assertFalse(properties(summary).containsKey("lines"), "lists leave lines out");
    assertEquals("string", props.getJsonObject("nextCursor").getString("type"));
    assertTrue(props.getJsonObject("nextCursor").getBoolean("nullable", false));
    assertEquals("boolean", props.getJsonObject("hasMore").getString("type"));
    assertEquals(
        enumNames(PaymentStatus.values()),
        enumeration(properties(summary).getJsonObject("paymentStatus")));
    assertEquals(
        enumNames(Channel.values()), enumeration(properties(summary).getJsonObject("channel")));
    assertProblem(responses, "400");
  }

  @Test
  void statusesHaveTheirPhaseAsAnEnum() {
    JsonObject responses = operation("/api/v1/statuses", "get").getJsonObject("responses");
    JsonObject list = resolve(schemaOf(responses, "200", JSON));
    JsonObject status = resolve(properties(list).getJsonObject("data").getJsonObject("items"));
    JsonObject phase = properties(status).getJsonObject("phase");
    assertNotNull(phase, status::toString);
    assertEquals("string", phase.getString("type"));
    assertEquals(enumNames(Phase.values()), enumeration(phase));
    assertTrue(required(status).containsAll(Set.of("code", "names", "phase", "active")));
    assertProblem(responses, "401");
  }

  @Test
  void everyOperationOfTheOrderApiDocumentsItsBodiesAndAnswers() {
    List<String> missing = new ArrayList<>();
    for (var path : doc.getJsonObject("paths").entrySet()) {
      for (var op : path.getValue().asJsonObject().entrySet()) {
        String at = op.getKey() + " " + path.getKey();
        JsonObject operation = op.getValue().asJsonObject();
        JsonObject responses = operation.getJsonObject("responses");
        boolean anySchema =
            responses.values().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(r -> r.containsKey("content") && hasSchemas(r.getJsonObject("content")));
        if (!anySchema) {
          missing.add(at + ": no answer with a schema");
        }
        if (!path.getKey().startsWith("/api/v1/orders")
            && !path.getKey().startsWith("/api/v1/statuses")
            && !path.getKey().startsWith("/api/v1/invoices")) {
          continue;
        }
        // the order API: every answer, success or problem, and every request body has a schema
        for (var response : responses.entrySet()) {
          JsonObject r = response.getValue().asJsonObject();
          if (!r.containsKey("content") || !hasSchemas(r.getJsonObject("content"))) {
            missing.add(at + " " + response.getKey() + ": no schema");
          } else if (response.getKey().startsWith("4")
              && !r.getJsonObject("content").containsKey(PROBLEM)) {
            missing.add(at + " " + response.getKey() + ": not " + PROBLEM);
          } else if (response.getKey().startsWith("4")) {
            JsonObject schema = r.getJsonObject("content").getJsonObject(PROBLEM);
            if (!(REF + "Problem").equals(schema.getJsonObject("schema").getString("$ref", ""))) {
              missing.add(at + " " + response.getKey() + ": not the problem schema");
            }
          }
        }
        if ("post".equals(op.getKey())) {
          JsonObject body = operation.getJsonObject("requestBody");
          if (body == null || !hasSchemas(body.getJsonObject("content"))) {
            missing.add(at + ": request body without a schema");
          } else if (!body.getJsonObject("content").getJsonObject(JSON).containsKey("examples")) {
            missing.add(at + ": request body without its example");
          }
        }
      }
    }
    walk(doc, "", missing);
    assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
    JsonObject problem = resolve(Json.createObjectBuilder().add("$ref", REF + "Problem").build());
    assertEquals(Set.of("type", "title", "status", "code"), required(problem));
    JsonObject errors = properties(problem).getJsonObject("errors");
    assertEquals("array", errors.getString("type"));
    assertEquals(Set.of("field", "message"), required(resolve(errors.getJsonObject("items"))));
  }

  @Test
  void paymentsAndShipmentsNameTheirMethodsAndStatuses() {
    JsonObject pay =
        resolve(
            operation("/api/v1/orders/{number}/payments", "post")
                .getJsonObject("requestBody")
                .getJsonObject("content")
                .getJsonObject(JSON)
                .getJsonObject("schema"));
    assertEquals(Set.of("method", "amount"), required(pay));
    assertEquals(
        enumNames(PaymentMethod.MANUAL.toArray(PaymentMethod[]::new)),
        enumeration(properties(pay).getJsonObject("method")));
    assertEquals("date", properties(pay).getJsonObject("receivedOn").getString("format"));
    JsonObject shipped =
        resolve(
            schemaOf(
                operation("/api/v1/orders/{number}/shipments", "post").getJsonObject("responses"),
                "201",
                JSON));
    assertEquals(
        enumNames(ShipmentStatus.values()),
        enumeration(properties(shipped).getJsonObject("status")));
    assertTrue(required(shipped).containsAll(Set.of("shipment", "status", "order")));
  }

  @Test
  void invoicesArePagesAndPdfFiles() {
    JsonObject list = operation("/api/v1/invoices", "get").getJsonObject("responses");
    JsonObject page = resolve(schemaOf(list, "200", JSON));
    assertTrue(required(page).containsAll(Set.of("data", "hasMore", "nextCursor")));
    JsonObject invoice = resolve(properties(page).getJsonObject("data").getJsonObject("items"));
    assertEquals("date-time", properties(invoice).getJsonObject("issuedAt").getString("format"));
    assertEquals("decimal", properties(invoice).getJsonObject("total").getString("format"));
    assertEquals(
        enumNames(DocKind.values()), enumeration(properties(invoice).getJsonObject("kind")));
    JsonObject pdf =
        resolve(
            schemaOf(
                operation("/api/v1/invoices/{number}.pdf", "get").getJsonObject("responses"),
                "200",
                "application/pdf"));
    assertEquals("string", pdf.getString("type"), pdf::toString);
    assertEquals("binary", pdf.getString("format"), pdf::toString);
    assertFalse(pdf.containsKey("properties"), pdf::toString);
  }

  /**
   * Every reference of the document names a schema it has, and no schema keeps the defaults the
   * server copies from unset annotation attributes ({@code maxProperties: 0} would allow only empty
   * objects), nor an integer example written as text.
   */
  private void walk(JsonValue value, String at, List<String> missing) {
    if (value instanceof JsonObject o) {
      if (o.containsKey("$ref")) {
        String ref = o.getString("$ref");
        if (!ref.startsWith(REF)
            || !doc.getJsonObject("components")
                .getJsonObject("schemas")
                .containsKey(ref.substring(REF.length()))) {
          missing.add(at + ": dangling " + ref);
        }
      }
      if (o.containsKey("maxProperties")
          || o.containsKey("minLength") && o.getInt("minLength") == 0) {
        missing.add(at + ": annotation defaults " + o);
      }
      if ("integer".equals(o.getString("type", null))
          && o.containsKey("example")
          && o.get("example").getValueType() != JsonValue.ValueType.NUMBER) {
        missing.add(at + ": example not a number " + o);
      }
      o.forEach((k, v) -> walk(v, at + "/" + k, missing));
    } else if (value instanceof jakarta.json.JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        walk(a.get(i), at + "/" + i, missing);
      }
    }
  }

  private void assertProblem(JsonObject responses, String code) {
    JsonObject schema = schemaOf(responses, code, PROBLEM);
    assertEquals(REF + "Problem", schema.getString("$ref", null), () -> code + ": " + responses);
    assertTrue(properties(resolve(schema)).containsKey("errors"));
  }

  private JsonObject operation(String path, String method) {
    JsonObject item = doc.getJsonObject("paths").getJsonObject(path);
    assertNotNull(item, () -> path + " in " + doc.getJsonObject("paths").keySet());
    JsonObject op = item.getJsonObject(method);
    assertNotNull(op, () -> method + " " + path);
    return op;
  }

  private static JsonObject schemaOf(JsonObject responses, String code, String mediaType) {
    JsonObject response = responses.getJsonObject(code);
    assertNotNull(response, () -> code + " in " + responses.keySet());
    JsonObject media = response.getJsonObject("content").getJsonObject(mediaType);
    assertNotNull(media, () -> code + " as " + mediaType + ": " + response);
    JsonObject schema = media.getJsonObject("schema");
    assertNotNull(schema, () -> code + " schema: " + response);
    return schema;
  }

  /** A schema, or the component it refers to. */
  private JsonObject resolve(JsonObject schema) {
    String ref = schema.getString("$ref", null);
    if (ref == null) {
      return schema;
    }
    assertTrue(ref.startsWith(REF), ref);
    JsonObject target =
        doc.getJsonObject("components")
            .getJsonObject("schemas")
            .getJsonObject(ref.substring(REF.length()));
    assertNotNull(
        target,
        () -> ref + " in " + doc.getJsonObject("components").getJsonObject("schemas").keySet());
    return target;
  }

  private static boolean hasSchemas(JsonObject content) {
    return content != null
        && !content.isEmpty()
        && content.values().stream()
            .map(JsonValue::asJsonObject)
            .allMatch(m -> m.containsKey("schema") && !m.getJsonObject("schema").isEmpty());
  }

  /** The required properties of a schema, with those of the schemas it extends (allOf). */
  private Set<String> required(JsonObject schema) {
    Set<String> all = new TreeSet<>();
    if (schema.containsKey("required")) {
      schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .forEach(all::add);
    }
    for (JsonObject part : allOf(schema)) {
      all.addAll(required(resolve(part)));
    }
    return all;
  }

  /** The properties of a schema, with those of the schemas it extends (allOf). */
  private JsonObject properties(JsonObject schema) {
    var all = Json.createObjectBuilder();
    for (JsonObject part : allOf(schema)) {
      properties(resolve(part)).forEach(all::add);
    }
    if (schema.containsKey("properties")) {
      schema.getJsonObject("properties").forEach(all::add);
    }
    return all.build();
  }

  private static List<JsonObject> allOf(JsonObject schema) {
    return schema.containsKey("allOf")
        ? schema.getJsonArray("allOf").getValuesAs(JsonObject.class)
        : List.of();
  }

  private String type(JsonObject schema, String property) {
    return properties(schema).getJsonObject(property).getString("type");
  }

  private static List<String> enumeration(JsonObject schema) {
    assertNotNull(schema.get("enum"), schema::toString);
    return schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> enumNames(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
