package com.orderpool.api.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/statuses}: the tenant's order statuses with code, names and phase. */
@Path("v1/statuses")
@Tag(name = "Statuses")
@SecurityRequirement(name = "apiKey")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class StatusesResource {
  @Inject ApiGate gate;
  @Inject ApiOrders orders;

  @Operation(
      summary = "List the statuses",
      description = "The tenant's order statuses in display order: code, names, phase and colour.")
  @APIResponses({
    @APIResponse(
        responseCode = "200",
        description = "The statuses.",
        content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StatusList")))
  })
  @GET
  public Response statuses(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return gate.call(
        authorization, () -> Response.ok(orders.statuses(), MediaType.APPLICATION_JSON).build());
  }
}
