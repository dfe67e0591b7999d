package com.orderpool.api.boundary;

import com.orderpool.api.control.ApiResult;
import com.orderpool.api.control.FeedQuery;
import com.orderpool.api.control.Idempotency;
import com.orderpool.integration.Problems;
import com.orderpool.integration.RequestBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/orders}: place orders, list them (by creation or as a sync feed), read one, move
 * one to a status, cancel one. Every call needs {@code Authorization: Bearer <key>}; POSTs take an
 * {@code Idempotency-Key} ({@link IdempotentPosts}).
 *
 * <p>The bodies are read and written as JSON by hand; the OpenAPI annotations name their schemas in
 * {@code com.orderpool.api.boundary.schema}. The answers every call may give (401, 403, 429) are
 * declared on the class; each method declares its own in an {@code @APIResponses}, which the server
 * merges with the class's.
 */
@Path("v1/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "apiKey")
@APIResponses({
  @APIResponse(
      responseCode = "401",
      description = ApiDocs.UNAUTHENTICATED,
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
  @APIResponse(
      responseCode = "403",
      description = ApiDocs.FORBIDDEN,
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
  @APIResponse(
      responseCode = "429",
      description = ApiDocs.RATE_LIMITED,
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait.",
              schema = @Schema(type = SchemaType.INTEGER)),
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
})
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {
  public static final int MAX_BODY_BYTES = 1024 * 1024;
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  @Inject ApiGate gate;
  @Inject ApiOrders orders;
  @Inject IdempotentPosts posts;
  @Inject Validator validator;
  @Context UriInfo uri;

  @Operation(
      summary = "Place an order",
      description =
          "Same rules as the order form; 201 with the order and its Location. A repeated Idempotency-Key replays the first answer.")
  @APIResponses({
    @APIResponse(
        responseCode = "201",
        description = "Placed; Location names the order.",
        headers =
            @Header(
                name = "Location",
                description = "The order's address.",
                schema = @Schema(type = SchemaType.STRING, format = "uri")),
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Order"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.INVALID,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "409",
        description = ApiDocs.CONFLICT,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "413",
        description = ApiDocs.TOO_LARGE,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "422",
        description = ApiDocs.REFUSED,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @POST
  public Response place(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(IDEMPOTENCY_KEY) String key,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "OrderInput"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.ORDER_EXAMPLE)))
          InputStream in) {
    return idempotent(
        authorization,
        key,
        "/v1/orders",
        in,
        (body, claim) -> orders.place(claim, ApiOrderInput.parse(body, validator)));
  }

  @Operation(
      summary = "List orders",
      description =
          "By creation (createdFrom inclusive, createdTo exclusive, ISO-8601 instants) or as a sync feed (updatedSince); cursor-paged: pass nextCursor back as cursor.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "A page of orders.",
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrderPage"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.BAD_QUERY,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @GET
  public Response list(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(
              description = "Created at or after this instant (ISO-8601).",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("createdFrom")
          String createdFrom,
      @Parameter(
              description = "Created before this instant (ISO-8601).",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("createdTo")
          String createdTo,
      @Parameter(
              description =
                  "Sync feed: orders changed at or after this instant, in the order they changed.",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("updatedSince")
          String updatedSince,
      @Parameter(description = "Only orders in this status (its code).") @QueryParam("status")
          String status,
      @Parameter(
              description = "Only orders with this payment status.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "UNPAID",
                        "PARTIALLY_PAID",
                        "PAID",
                        "PARTIALLY_REFUNDED",
                        "REFUNDED"
                      }))
          @QueryParam("paymentStatus")
          String paymentStatus,
      @Parameter(
              description = "Orders per page; left out: 50.",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor")
          String cursor) {
    return gate.call(
        authorization,
        () ->
            json(
                orders.list(
                    FeedQuery.parse(
                        createdFrom,
                        createdTo,
                        updatedSince,
                        status,
                        paymentStatus,
                        limit,
                        cursor))));
  }

  @Operation(summary = "Read one order", description = "Another tenant's order answers 404.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "The order.",
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Order"))),
    @APIResponse(
        responseCode = "404",
        description = ApiDocs.NOT_FOUND,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @GET
  @Path("{number}")
  public Response order(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("number") String number) {
    return gate.call(authorization, () -> json(orders.order(number)));
  }

  /** Body {@code {"status":"<code>"}}. */
  @Operation(
      summary = "Move an order to a status",
      description = "By status code (see GET /api/v1/statuses).")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "The order in its new status.",
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Order"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.INVALID,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "404",
        description = ApiDocs.NOT_FOUND,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "409",
        description = ApiDocs.CONFLICT,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "413",
        description = ApiDocs.TOO_LARGE,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "422",
        description = ApiDocs.REFUSED,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @POST
  @Path("{number}/status")
  public Response status(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "StatusChange"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.STATUS_EXAMPLE)))
          InputStream in) {
    return idempotent(
        authorization,
        key,
        "/v1/orders/" + number + "/status",
        in,
        (body, claim) -> orders.moveTo(claim, number, field(body, "status")));
  }

  /** Body {@code {"reason":"..."}}; answers the fee applied and the order. */
  @Operation(
      summary = "Cancel an order",
      description = "With a reason; answers the cancellation fee applied.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "The cancelled order and the fee applied.",
        content =
            @Content(
                mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(ref = "CancelResult"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.INVALID,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "404",
        description = ApiDocs.NOT_FOUND,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "409",
        description = ApiDocs.CONFLICT,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "413",
        description = ApiDocs.TOO_LARGE,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "422",
        description = ApiDocs.REFUSED,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @POST
  @Path("{number}/cancel")
  public Response cancel(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "Cancellation"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.CANCEL_EXAMPLE)))
          InputStream in) {
    return idempotent(
        authorization,
        key,
        "/v1/orders/" + number + "/cancel",
        in,
        (body, claim) -> orders.cancel(claim, number, field(body, "reason")));
  }

  /**
   * Body {@code
   * {"method":"BANK_TRANSFER","amount":"121.00","receivedOn":"2026-12-06","reference":"…"}} ({@code
   * receivedOn} defaults to today); answers 201 with the order.
   */
  @Operation(
      summary = "Record a payment",
      description = "Amount, method and reference of a payment received.")
  @APIResponses({
    @APIResponse(
        responseCode = "201",
        description = "Recorded; the order as it is now.",
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Order"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.INVALID,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "404",
        description = ApiDocs.NOT_FOUND,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "409",
        description = ApiDocs.CONFLICT,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "413",
        description = ApiDocs.TOO_LARGE,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "422",
        description = ApiDocs.REFUSED,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @POST
  @Path("{number}/payments")
  public Response pay(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PaymentInput"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.PAYMENT_EXAMPLE)))
          InputStream in) {
    return idempotent(
        authorization,
        key,
        "/v1/orders/" + number + "/payments",
        in,
        (body, claim) -> orders.pay(claim, number, ApiActionInput.payment(body, validator)));
  }

  /**
   * Body {@code {"method":"Standard delivery","trackingNumbers":["PK123"]}} (method by name or id;
   * left out, the one the customer chose): ships what is left, marked Sent.
   */
  @Operation(
      summary = "Ship an order",
      description =
          "Method and tracking numbers; the shipment is marked sent and the customer gets Track & trace.")
  @APIResponses({
    @APIResponse(
        responseCode = "201",
        description = "The shipment, marked sent, and the order.",
        content =
            @Content(
                mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(ref = "ShipmentResult"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.INVALID,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "404",
        description = ApiDocs.NOT_FOUND,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "409",
        description = ApiDocs.CONFLICT,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "413",
        description = ApiDocs.TOO_LARGE,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "422",
        description = ApiDocs.REFUSED,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @POST
  @Path("{number}/shipments")
  public Response ship(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ShipmentInput"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.SHIP_EXAMPLE)))
          InputStream in) {
    return idempotent(
        authorization,
        key,
        "/v1/orders/" + number + "/shipments",
        in,
        (body, claim) -> orders.ship(claim, number, ApiActionInput.shipment(body)));
  }

  private static String field(byte[] body, String name) {
    JsonObject o = ApiOrderInput.json(body);
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Response json(String body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Reads a POST's body (at most 1 MB) and runs it once per Idempotency-Key, as its key allows. */
  private Response idempotent(
      String authorization,
      String key,
      String path,
      InputStream in,
      java.util.function.BiFunction<byte[], Idempotency.Claim, ApiResult> work) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    return gate.call(
        authorization, () -> posts.post(uri, key, path, body, claim -> work.apply(body, claim)));
  }

  static Response respond(ApiResult r, UriInfo uri) {
    Response.ResponseBuilder b = Response.status(r.status()).type(r.mediaType()).entity(r.body());
    if (r.location() != null) {
      b.location(uri.getBaseUriBuilder().path(r.location()).build());
    }
    return b.build();
  }
}
