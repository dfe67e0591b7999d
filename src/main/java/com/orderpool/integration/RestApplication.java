package com.orderpool.integration;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API at {@code /api}; resources live under {@code /api/v1/...} in their own contexts and
 * are found by scanning. Errors never fall through to the HTML error pages: the mappers in this
 * package answer problem+json, and the servlet status is set rather than sent as an error. The
 * OpenAPI document at {@code /openapi} describes the resources listed in {@code
 * META-INF/microprofile-config.properties}, with the schemas of their bodies from {@code
 * com.orderpool.api.boundary.schema}, tidied by {@link OpenApiCleanup}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Orderpool API",
            version = "v1",
            description =
                "Orders, statuses, shipments, payments and invoices of one merchant (tenant). Every"
                    + " request carries one of the tenant's API keys as `Authorization: Bearer"
                    + " <key>`; the key alone decides the tenant. Errors are RFC 9457"
                    + " problem+json."))
@SecurityScheme(
    securitySchemeName = "apiKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key from Settings → API keys")
public class RestApplication extends Application {
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
