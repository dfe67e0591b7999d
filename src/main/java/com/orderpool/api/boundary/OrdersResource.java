package com.orderpool.api.boundary;

import com.orderpool.api.control.ApiResult;
import com.orderpool.api.control.FeedQuery;
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

/**
 * {@code /api/v1/orders}: place orders, list them (by creation or as a sync feed), read one, move
 * one to a status, cancel one. Every call needs {@code Authorization: Bearer <key>}; POSTs take an
 * {@code Idempotency-Key} ({@link IdempotentPosts}).
 */
@Path("v1/orders")
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

  @POST
  public Response place(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      InputStream in) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    return gate.call(
        authorization,
        () ->
            posts.post(
                uri,
                key,
                "/v1/orders",
                body,
                hash -> orders.place(key, hash, ApiOrderInput.parse(body, validator))));
  }

  @GET
  public Response list(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("createdFrom") String createdFrom,
      @QueryParam("createdTo") String createdTo,
      @QueryParam("updatedSince") String updatedSince,
      @QueryParam("status") String status,
      @QueryParam("paymentStatus") String paymentStatus,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
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

  @GET
  @Path("{number}")
  public Response order(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("number") String number) {
    return gate.call(authorization, () -> json(orders.order(number)));
  }

  /** Body {@code {"status":"<code>"}}. */
  @POST
  @Path("{number}/status")
  public Response status(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      InputStream in) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    return gate.call(
        authorization,
        () ->
            posts.post(
                uri,
                key,
                "/v1/orders/" + number + "/status",
                body,
                hash -> orders.moveTo(key, hash, number, field(body, "status"))));
  }

  /** Body {@code {"reason":"..."}}; answers the fee applied and the order. */
  @POST
  @Path("{number}/cancel")
  public Response cancel(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      InputStream in) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    return gate.call(
        authorization,
        () ->
            posts.post(
                uri,
                key,
                "/v1/orders/" + number + "/cancel",
                body,
                hash -> orders.cancel(key, hash, number, field(body, "reason"))));
  }

  /**
   * Body {@code
   * {"method":"BANK_TRANSFER","amount":"121.00","receivedOn":"2026-12-06","reference":"…"}} ({@code
   * receivedOn} defaults to today); answers 201 with the order.
   */
  @POST
  @Path("{number}/payments")
  public Response pay(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      InputStream in) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    return gate.call(
        authorization,
        () ->
            posts.post(
                uri,
                key,
                "/v1/orders/" + number + "/payments",
                body,
                hash -> orders.pay(key, hash, number, ApiActionInput.payment(body, validator))));
  }

  /**
   * Body {@code {"method":"Standard delivery","trackingNumbers":["PK123"]}} (method by name or id;
   * left out, the one the customer chose): ships what is left, marked Sent.
   */
  @POST
  @Path("{number}/shipments")
  public Response ship(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @PathParam("number") String number,
      InputStream in) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    return gate.call(
        authorization,
        () ->
            posts.post(
                uri,
                key,
                "/v1/orders/" + number + "/shipments",
                body,
                hash -> orders.ship(key, hash, number, ApiActionInput.shipment(body))));
  }

  private static String field(byte[] body, String name) {
    JsonObject o = ApiOrderInput.json(body);
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Response json(String body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Response respond(ApiResult r, UriInfo uri) {
    Response.ResponseBuilder b = Response.status(r.status()).type(r.mediaType()).entity(r.body());
    if (r.location() != null) {
      b.location(uri.getBaseUriBuilder().path(r.location()).build());
    }
    return b.build();
  }
}
