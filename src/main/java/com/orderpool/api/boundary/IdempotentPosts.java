package com.orderpool.api.boundary;

import com.orderpool.api.control.ApiCaller;
import com.orderpool.api.control.ApiResult;
import com.orderpool.api.control.Idempotency;
import com.orderpool.api.control.Idempotency.Claim;
import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.integration.Problems;
import com.orderpool.integration.RequestBodies;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantReadOnlyException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * POSTs with an optional {@code Idempotency-Key}. A key seen before answers its first response
 * again (the same status and body, with {@code Idempotent-Replayed: true}) if the body is the same,
 * and 422 if not. Concurrent requests with one key: the first claims the key and does the work; the
 * others are answered at once with 409 and {@code Retry-After: 1} while it works (nothing waits, so
 * a burst of retries cannot starve the database pool), and with its answer once it is done, so
 * there is exactly one effect. A refused request's answer (400, 404, 413, 422) is stored too, so a
 * retry with the same key and body is refused the same way; after 401, 403, 409, 429, 503 (the
 * tenant is read-only for a moment) or a failure the key is given up, as a retry may succeed.
 */
@RequestScoped
public class IdempotentPosts {
  /** Refusals that a retry may overcome (another key's scope, a conflict): never stored. */
  private static final java.util.Set<Integer> RETRYABLE = java.util.Set.of(401, 403, 409, 429, 503);

  /** Seconds a twin of a request still at work is told to wait before asking again. */
  static final int RETRY_AFTER_SECONDS = 1;

  @Inject ApiOrders orders;
  @Inject ApiGate gate;
  @Inject ApiCaller caller;
  @Inject TenantDatabase database;

  /**
   * Reads a POST's body (at most {@link OrdersResource#MAX_BODY_BYTES}) and, once the key in {@code
   * authorization} lets it, runs {@code work} once per Idempotency-Key.
   */
  public Response call(
      UriInfo uri,
      String authorization,
      String key,
      String path,
      InputStream in,
      BiFunction<byte[], Claim, ApiResult> work) {
    byte[] body = RequestBodies.read(in, OrdersResource.MAX_BODY_BYTES);
    return gate.call(
        authorization, () -> post(uri, key, path, body, claim -> work.apply(body, claim)));
  }

  /** Runs {@code work} (given the key's claim, or null without a key) once per key. */
  public Response post(
      UriInfo uri, String rawKey, String path, byte[] body, Function<Claim, ApiResult> work) {
    String key = Idempotency.checkKey(rawKey);
    // a read-only tenant could not store the claim's outcome: refuse before claiming the key
    database.assertWritable();
    if (key == null) {
      return attempt(null, work, uri);
    }
    // a partner's key never matches (nor replays) the answer another key stored under the same
    // Idempotency-Key: its requests hash differently (a reuse then answers 422)
    Long partner = caller.partnerId();
    String hash =
        Idempotency.hash("POST", partner == null ? path : path + "#partner=" + partner, body);
    Idempotency.Taken taken = take(key, hash);
    if (taken.claim() != null) {
      return attempt(taken.claim(), work, uri);
    }
    // a twin has the key: its answer if it has one, else "still in progress"
    return taken.seen().answer() != null ? replay(taken.seen().answer(), uri) : inProgress();
  }

  /** The key for this request, or what a twin left on it (also when they raced to a lock). */
  private Idempotency.Taken take(String key, String hash) {
    try {
      return orders.take(key, hash);
    } catch (RuntimeException e) {
      if (isLockConflict(e)) {
        return new Idempotency.Taken(null, new Idempotency.Seen(true, null));
      }
      throw e;
    }
  }

  private Response attempt(Claim claim, Function<Claim, ApiResult> work, UriInfo uri) {
    boolean answered = false;
    try {
      Response done = respond(work.apply(claim), uri);
      answered = true;
      return done;
    } catch (RuntimeException e) {
      BusinessException refusal = refusal(e);
      Response problem = Problems.of(refusal);
      if (claim != null && !RETRYABLE.contains(refusal.httpStatus())) {
        orders.refused(
            claim,
            new ApiResult(
                problem.getStatus(), problem.getEntity().toString(), Problems.MEDIA_TYPE, null));
        answered = true;
      }
      return problem;
    } finally {
      if (claim != null && !answered) {
        release(claim);
      }
    }
  }

  /**
   * Gives the claim up; while the tenant is read-only that cannot be written, and the claim is
   * taken over once it is abandoned ({@link Idempotency#ABANDONED}).
   */
  private void release(Claim claim) {
    try {
      orders.release(claim);
    } catch (RuntimeException e) {
      if (!(refusalOrNull(e) instanceof TenantReadOnlyException)) {
        throw e;
      }
    }
  }

  private static BusinessException refusalOrNull(RuntimeException e) {
    for (Throwable c = e; c != null; c = next(c)) {
      if (c instanceof BusinessException be) {
        return be;
      }
    }
    return null;
  }

  private static Response inProgress() {
    return Response.fromResponse(
            Problems.of(new ConflictException("Idempotency-Key", "api.idempotency.inProgress")))
        .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
        .build();
  }

  private static Response replay(ApiResult stored, UriInfo uri) {
    return Response.fromResponse(respond(stored, uri))
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

  /** A deadlock or lock wait timeout: the twin holding the lock won. */
  private static boolean isLockConflict(Throwable t) {
    for (Throwable c = t; c != null; c = next(c)) {
      if (c instanceof SQLException sql
          && ("40001".equals(sql.getSQLState())
              || sql.getErrorCode() == 1213
              || sql.getErrorCode() == 1205)) {
        return true;
      }
    }
    return false;
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

  static Response respond(ApiResult r, UriInfo uri) {
    Response.ResponseBuilder b = Response.status(r.status()).type(r.mediaType()).entity(r.body());
    if (r.location() != null) {
      b.location(uri.getBaseUriBuilder().path(r.location()).build());
    }
    return b.build();
  }
}
