package com.orderpool.api.boundary;

import com.orderpool.api.control.FeedQuery;
import com.orderpool.integration.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
 * {@code /api/v1/orders}: place orders and list them (by creation or as a sync feed); one order's
 * calls are on {@link OrderResource}. Every call needs {@code Authorization: Bearer <key>}; POSTs
 * take an {@code Idempotency-Key} ({@link IdempotentPosts}).
 *
 * <p>The bodies are read and written as JSON by hand; the OpenAPI annotations name their schemas in
 * {@code com.orderpool.api.boundary.schema}. Each method declares its answers in an
 * {@code @APIResponses}; those every keyed call may give (401, 403, 429) are added to each by
 * {@code integration.OpenApiCleanup}.
 */
@Path("v1/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "apiKey")
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
    return posts.call(
        uri,
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

  private static Response json(String body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
