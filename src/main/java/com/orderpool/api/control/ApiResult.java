package com.orderpool.api.control;

import java.io.Serializable;

/**
 * An API answer as it is stored for replay: status, body (JSON or problem+json), its media type and
 * the Location header (null when none).
 */
public record ApiResult(int status, String body, String mediaType, String location)
    implements Serializable {
  public static final String JSON = "application/json";

  public static ApiResult ok(String json) {
    return new ApiResult(200, json, JSON, null);
  }

  public static ApiResult created(String json, String location) {
    return new ApiResult(201, json, JSON, location);
  }
}
