package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs system work as a tenant from any thread (timers, executors, start-up, verified callbacks),
 * activating a request context when the thread has none. The work runs as the system caller ({@link
 * TenantContext#runAsSystem}), never on behalf of a signed-in person.
 */
@ApplicationScoped
public class TenantRunner {
  @Inject Instance<RequestContextController> controllers;
  @Inject TenantContext tenantContext;

  public <T> T call(String code, Supplier<T> work) {
    RequestContextController controller = controllers.get();
    boolean activated = controller.activate();
    try {
      return tenantContext.runAsSystem(code, work);
    } finally {
      if (activated) {
        controller.deactivate();
      }
      controllers.destroy(controller);
    }
  }

  public void run(String code, Runnable work) {
    call(
        code,
        () -> {
          work.run();
          return null;
        });
  }
}
