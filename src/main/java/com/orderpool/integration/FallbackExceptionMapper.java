package com.orderpool.integration;

import com.orderpool.core.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else, so no API answer is an HTML error page: errors wrapped by the EJB container are
 * unwrapped and mapped as themselves, unreadable JSON is a 400, JAX-RS's own errors (unknown path,
 * wrong method) keep their status, and anything unexpected is logged and answers a bare 500.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable t) {
    for (Throwable c = t; c != null; c = next(c)) {
      if (c instanceof BusinessException be) {
        return Problems.of(be);
      }
      if (c instanceof ConstraintViolationException cve) {
        return Problems.of(cve);
      }
      if (c instanceof JsonException || c instanceof JsonbException) {
        return Problems.malformedJson();
      }
    }
    if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      Response problem = Problems.status(wae.getResponse().getStatus());
      String allow = wae.getResponse().getHeaderString("Allow");
      return allow == null
          ? problem
          : Response.fromResponse(problem).header("Allow", allow).build();
    }
    LOG.log(Level.SEVERE, "API request failed", t);
    return Problems.status(500);
  }

  private static Throwable next(Throwable c) {
    Throwable n =
        c instanceof EJBException ejb && ejb.getCausedByException() != null
            ? ejb.getCausedByException()
            : c.getCause();
    return n == c ? null : n;
  }
}
