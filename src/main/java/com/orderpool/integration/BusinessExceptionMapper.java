package com.orderpool.integration;

import com.orderpool.core.BusinessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Rule violations (and not found, conflict, unauthenticated) as problem+json. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Override
  public Response toResponse(BusinessException e) {
    return Problems.of(e);
  }
}
