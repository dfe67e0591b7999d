package com.orderpool.imports.boundary;

import com.orderpool.api.boundary.ApiGate;
import com.orderpool.core.JsonP;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.integration.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * {@code POST /api/v1/imports}: a CSV file of orders (the format of {@code
 * /files/imports/template.csv}), answered 202 with the import job; {@code GET
 * /api/v1/imports/{id}}: the job's status, counts, each order's outcome and every bad row. Scopes
 * {@code orders:write} and {@code orders:read}.
 */
@Path("v1/imports")
@Tag(name = "Imports")
@SecurityRequirement(name = "apiKey")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
  static final String CSV_EXAMPLE =
      "order_reference,customer_name,customer_email,billing_name,billing_line1,billing_postal_code,"
          + "billing_city,billing_country,model,sku,description,quantity,unit_price\r\n"
          + "shop-2001,Ana Ruiz,ana@customer.example,Ana Ruiz,Calle Mayor 1,28001,Madrid,ES,Derby,"
          + "DRB-38,\"Derby, EU 38\",1,100.00\r\n";

  @Inject ApiGate gate;
  @Inject Imports imports;
  @Context UriInfo uri;

  @Operation(
      summary = "Import orders from a CSV file",
      description =
          "One row per order line, the rows of an order together under its order_reference. The"
              + " file is checked as a whole at once (encoding UTF-8 or Windows-1252, ',' or ';',"
              + " the header, the size cap): a refused file answers 422 and keeps nothing. Then it"
              + " is imported in the background: 202 with the job; follow it at its Location. Each"
              + " order is imported whole or not at all; an order whose reference was imported"
              + " before is a duplicate, never a second order.")
  @APIResponses({
    @APIResponse(
        responseCode = "202",
        description = "The file is kept and queued; follow the job at its Location.",
        headers = @Header(name = "Location", description = "The job's address."),
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJob"))),
    @APIResponse(
        responseCode = "413",
        description = "Over the tenant's file size cap (imports.max-mb, 20 MB by default).",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
    @APIResponse(
        responseCode = "422",
        description =
            "The file refused as a whole (empty, binary, not UTF-8 nor Windows-1252, a wrong"
                + " header): code and detail say why; nothing is kept.",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public Response post(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(description = "The file's name, shown on the Import page") @QueryParam("fileName")
          String fileName,
      @RequestBody(
              content =
                  @Content(
                      mediaType = "text/csv",
                      examples = @ExampleObject(name = "two lines", value = CSV_EXAMPLE)))
          InputStream in) {
    return gate.call(
        authorization,
        () -> {
          ImportJob job = imports.post(fileName, in);
          return Response.status(Response.Status.ACCEPTED)
              .location(uri.getBaseUriBuilder().path("v1/imports/" + job.getId()).build())
              .entity(json(job, List.of(), List.of()).toString())
              .build();
        });
  }

  @Operation(
      summary = "An import job",
      description =
          "status QUEUED, RUNNING, DONE or FAILED (the file refused as a whole: see error); created,"
              + " duplicates and rejected count orders; errors lists bad rows (line, field, message);"
              + " orders tells what became of each order of the file.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "The job as it is now.",
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJob"))),
    @APIResponse(
        responseCode = "404",
        description = "No such job in the key's tenant.",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  })
  @GET
  @Path("{id}")
  public Response get(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("id") long id) {
    return gate.call(
        authorization,
        () -> {
          ImportJob job = imports.apiJob(id);
          return Response.ok(
                  json(job, imports.apiErrors(id), imports.apiOrders(id)).toString(),
                  MediaType.APPLICATION_JSON_TYPE)
              .build();
        });
  }

  static jakarta.json.JsonObject json(
      ImportJob job, List<ImportError> errors, List<ImportedOrder> orders) {
    JsonObjectBuilder b =
        JsonP.createObjectBuilder()
            .add("id", job.getId())
            .add("status", job.getStatus().name())
            .add("fileName", job.getFileName())
            .add("source", job.getSource().name())
            .add("kind", job.getKind().name())
            .add("progress", job.percent())
            .add("created", job.getCreatedCount())
            .add("duplicates", job.getDuplicateCount())
            .add("rejected", job.getRejectedCount())
            .add("errorCount", job.getErrorCount())
            .add("createdAt", job.getCreatedAt().toString());
    if (job.getFinishedAt() != null) {
      b.add("finishedAt", job.getFinishedAt().toString());
    }
    if (job.getErrorKey() != null) {
      b.add(
          "error",
          JsonP.createObjectBuilder()
              .add("code", job.getErrorKey())
              .add("message", job.getErrorText() == null ? "" : job.getErrorText()));
    }
    JsonArrayBuilder rows = JsonP.createArrayBuilder();
    for (ImportError e : errors) {
      JsonObjectBuilder row = JsonP.createObjectBuilder().add("line", e.getLine());
      if (e.getField() != null) {
        row.add("field", e.getField());
      } else {
        row.addNull("field");
      }
      if (e.getExternalReference() != null) {
        row.add("orderReference", e.getExternalReference());
      }
      rows.add(row.add("message", e.getMessage()));
    }
    JsonArrayBuilder settled = JsonP.createArrayBuilder();
    for (ImportedOrder o : orders) {
      JsonObjectBuilder row =
          JsonP.createObjectBuilder()
              .add("orderReference", o.getExternalReference())
              .add("line", o.getFirstLine())
              .add("outcome", o.getOutcome().name());
      if (o.getOrderNumber() != null) {
        row.add("number", o.getOrderNumber());
      }
      settled.add(row);
    }
    return b.add("errors", rows).add("orders", settled).build();
  }
}
