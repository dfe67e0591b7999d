package com.orderpool.api.boundary;

import com.orderpool.api.control.FeedQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/invoices?from=&to=&limit=&cursor=}: invoices and credit notes issued in {@code
 * [from, to)}; {@code GET /api/v1/invoices/{number}.pdf}: one as PDF. Scope {@code orders:read}.
 */
@Path("v1/invoices")
@Tag(name = "Invoices")
@SecurityRequirement(name = "apiKey")
@RequestScoped
@PermitAll
public class InvoicesResource {
  @Inject ApiGate gate;
  @Inject ApiOrders orders;

  @GET
  public Response list(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return gate.call(
        authorization,
        () ->
            Response.ok(
                    orders.invoices(FeedQuery.parse(from, to, null, null, null, limit, cursor)),
                    MediaType.APPLICATION_JSON_TYPE)
                .build());
  }

  @GET
  @Path("{number}.pdf")
  public Response pdf(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("number") String number) {
    return gate.call(
        authorization,
        () ->
            Response.ok(orders.invoicePdf(number), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + number + ".pdf\"")
                .build());
  }
}
