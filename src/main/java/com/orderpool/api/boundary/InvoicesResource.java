package com.orderpool.api.boundary;

import com.orderpool.api.control.FeedQuery;
import com.orderpool.integration.Problems;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
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

  @Operation(
      summary = "List invoices and credit notes",
      description =
          "Issued from (inclusive) to (exclusive), ISO-8601 instants, by issue; cursor-paged: pass"
              + " nextCursor back as cursor.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "A page of invoices and credit notes.",
        content =
            @Content(
                mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(ref = "InvoicePage"))),
    @APIResponse(
        responseCode = "400",
        description = ApiDocs.BAD_QUERY,
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @GET
  public Response list(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(
              description = "Issued at or after this instant (ISO-8601).",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Issued before this instant (ISO-8601).",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Documents per page; left out: 50.",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor")
          String cursor) {
    return gate.call(
        authorization,
        () ->
            Response.ok(
                    orders.invoices(FeedQuery.parse(from, to, null, null, null, limit, cursor)),
                    MediaType.APPLICATION_JSON_TYPE)
                .build());
  }

  @Operation(
      summary = "Read an invoice as PDF",
      description = "An invoice or credit note by its number, in its own language.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "The document.",
        content = @Content(mediaType = "application/pdf", schema = @Schema(ref = "PdfDocument"))),
    @APIResponse(
        responseCode = "404",
        description = "No such invoice or credit note in the key's tenant.",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
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
