package com.orderpool.integration;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API at {@code /api}; resources live under {@code /api/v1/...} in their own contexts and
 * are found by scanning. Errors never fall through to the HTML error pages: the mappers in this
 * package answer problem+json, and the servlet status is set rather than sent as an error.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
