package com.orderpool.api.boundary;

import com.orderpool.integration.Problems;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * {@code /api/v1/orders/{number}}: read one order, move it to a status, cancel it, record a
 * payment, ship it. Every call needs {@code Authorization: Bearer <key>}; POSTs take an {@code
 * Idempotency-Key} ({@link IdempotentPosts}). Another tenant's order answers 404. The answers every
 * keyed call may give (401, 403, 429) are added by {@code integration.OpenApiCleanup}.
 */
@Path("v1/orders/{number}")
@Tag(name = "Orders")
@SecurityRequirement(name = "apiKey")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
  @Inject ApiGate gate;
  @Inject ApiOrders orders;
  @Inject IdempotentPosts posts;
  @Inject Validator validator;
  @Context UriInfo uri;

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
  @Path("status")
  public Response status(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(OrdersResource.IDEMPOTENCY_KEY)
          String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "StatusChange"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.STATUS_EXAMPLE)))
          InputStream in) {
    return posts.call(
        uri,
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
  @Path("cancel")
  public Response cancel(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(OrdersResource.IDEMPOTENCY_KEY)
          String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "Cancellation"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.CANCEL_EXAMPLE)))
          InputStream in) {
    return posts.call(
        uri,
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
  @Path("payments")
  public Response pay(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(OrdersResource.IDEMPOTENCY_KEY)
          String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PaymentInput"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.PAYMENT_EXAMPLE)))
          InputStream in) {
    return posts.call(
        uri,
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
  @Path("shipments")
  public Response ship(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = ApiDocs.IDEMPOTENCY_DOC) @HeaderParam(OrdersResource.IDEMPOTENCY_KEY)
          String key,
      @PathParam("number") String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ShipmentInput"),
                      examples = @ExampleObject(name = "example", value = ApiDocs.SHIP_EXAMPLE)))
          InputStream in) {
    return posts.call(
        uri,
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
}
