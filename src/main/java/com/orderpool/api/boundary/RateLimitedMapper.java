package com.orderpool.api.boundary;

import com.orderpool.api.control.RateLimitedException;
import com.orderpool.integration.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused request over the rate limit: 429 problem with {@code Retry-After} in seconds. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {
  @Override
  public Response toResponse(RateLimitedException e) {
    return Response.fromResponse(Problems.of(e))
        .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
        .build();
  }
}
