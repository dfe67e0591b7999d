package com.orderpool.payments.boundary;

import com.orderpool.core.UnauthenticatedException;
import com.orderpool.integration.RequestBodies;
import com.orderpool.payments.control.PspSignature;
import com.orderpool.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * {@code POST /api/v1/payments/callback/{provider}}: a payment provider tells us money arrived.
 * Public (no login): the body's signature, checked with the secret of the tenant the order number
 * names, is the authentication. The body is read raw (at most 64 KB) because the signature covers
 * its exact bytes.
 */
@Path("v1/payments/callback")
@RequestScoped
@PermitAll
public class PspCallbackResource {
  public static final int MAX_BODY_BYTES = 64 * 1024;

  @Inject PspCallbacks callbacks;
  @Inject TenantContext tenant;

  @POST
  @Path("{provider}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response callback(
      @PathParam("provider") String provider,
      @HeaderParam(PspSignature.HEADER) String signature,
      InputStream in) {
    byte[] body = RequestBodies.read(in, MAX_BODY_BYTES);
    PspEvent event = PspEvent.parse(body);
    PspOutcome outcome =
        event
            .tenantCode()
            .map(code -> asTenant(code, () -> receive(provider, signature, body, event)))
            // not about an order: nothing to verify against and nothing to do
            .orElseGet(() -> PspOutcome.ignored(event.type()));
    return Response.ok(outcome.toJson().toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private PspOutcome receive(String provider, String signature, byte[] body, PspEvent event) {
    try {
      return callbacks.receive(provider, signature, body, event);
    } catch (EJBException e) {
      // the same event recorded by a concurrent callback between our check and our insert
      if (isDuplicateKey(e) && callbacks.isRecorded(provider, event.id())) {
        return PspOutcome.duplicate(event.order());
      }
      throw e;
    }
  }

  private <T> T asTenant(String code, Supplier<T> work) {
    try {
      return tenant.runAs(code, work);
    } catch (SecurityException signedInAsAnotherTenant) {
      throw new UnauthenticatedException();
    }
  }

  private static boolean isDuplicateKey(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException sql
          && ("23000".equals(sql.getSQLState()) || sql.getErrorCode() == 1062)) {
        return true;
      }
    }
    return false;
  }
}
