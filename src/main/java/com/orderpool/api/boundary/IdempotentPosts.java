package com.orderpool.api.boundary;

import com.orderpool.api.control.ApiResult;
import com.orderpool.api.control.Idempotency;
import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.integration.Problems;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * POSTs with an optional {@code Idempotency-Key}. A key seen before answers its first response
 * again (the same status and body) if the body is the same, and 422 if not. Concurrent requests
 * with one key: the first does the work; the others wait on its key row until it commits and then
 * replay its answer, so there is exactly one effect. A refused request's answer (400, 404, 413,
 * 422) is stored too, so a retry with the same key and body is refused the same way; 401, 403, 409
 * and 429 are not, as a retry may succeed.
 */
@RequestScoped
public class IdempotentPosts {
  /** Refusals that a retry may overcome (another key's scope, a conflict): never stored. */
  private static final java.util.Set<Integer> RETRYABLE = java.util.Set.of(401, 403, 409, 429);

  @Inject ApiOrders orders;

  /** Runs {@code work} (given the request's hash) once per key; answers its result or replay. */
  public Response post(
      UriInfo uri, String rawKey, String path, byte[] body, Function<String, ApiResult> work) {
    String key = Idempotency.checkKey(rawKey);
    String hash = Idempotency.hash("POST", path, body);
    if (key != null) {
      Optional<ApiResult> stored = orders.stored(key, hash);
      if (stored.isPresent()) {
        return replay(stored.get(), uri);
      }
    }
    try {
      return OrdersResource.respond(work.apply(hash), uri);
    } catch (RuntimeException e) {
      if (key != null) {
        // a concurrent request with this key did the work first: its answer is ours
        Optional<ApiResult> stored = orders.stored(key, hash);
        if (stored.isPresent()) {
          return replay(stored.get(), uri);
        }
      }
      BusinessException refusal = refusal(e);
      Response problem = Problems.of(refusal);
      if (key != null && !RETRYABLE.contains(refusal.httpStatus())) {
        keep(key, hash, problem);
      }
      return problem;
    }
  }

  private void keep(String key, String hash, Response problem) {
    try {
      orders.storeRefusal(
          key,
          hash,
          new ApiResult(
              problem.getStatus(), problem.getEntity().toString(), Problems.MEDIA_TYPE, null));
    } catch (RuntimeException raced) {
      // a concurrent twin stored its answer first; this caller still gets its own refusal
    }
  }

  private static Response replay(ApiResult stored, UriInfo uri) {
    return Response.fromResponse(OrdersResource.respond(stored, uri))
        .header("Idempotent-Replayed", "true")
        .build();
  }

  /** The business refusal behind a failure; a duplicate external reference is a conflict. */
  private static BusinessException refusal(RuntimeException e) {
    for (Throwable c = e; c != null; c = next(c)) {
      if (c instanceof BusinessException be) {
        return be;
      }
    }
    if (isDuplicateKey(e)) {
      return new ConflictException("externalReference", "api.duplicate");
    }
    throw e;
  }

  private static Throwable next(Throwable c) {
    Throwable n =
        c instanceof EJBException ejb && ejb.getCausedByException() != null
            ? ejb.getCausedByException()
            : c.getCause();
    return n == c ? null : n;
  }

  private static boolean isDuplicateKey(Throwable t) {
    for (Throwable c = t; c != null; c = next(c)) {
      if (c instanceof SQLException sql
          && ("23000".equals(sql.getSQLState()) || sql.getErrorCode() == 1062)) {
        return true;
      }
    }
    return false;
  }
}
