package com.orderpool.tenancy;

import com.orderpool.core.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.function.Predicate;

/**
 * The access rule of every boundary: a call goes through when the method (or else its class) is
 * {@code @PermitAll}, when it is system work, or when the caller has one of the roles its {@link
 * Allow} names. Anything else, including a method with no declaration at all, is refused. As the
 * call returns, writes to a tenant that is read-only for a moment are refused ({@link
 * TenantDatabase#checkWrites}).
 */
@Allow
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class AccessRule {
  @Inject TenantContext tenant;
  @Inject HttpServletRequest request;
  @Inject TenantDatabase database;

  @AroundInvoke
  public Object check(InvocationContext call) throws Exception {
    if (!permits(call.getMethod(), isSystem(), this::callerInRole)) {
      throw new ForbiddenException();
    }
    Object result = call.proceed();
    // a write of a tenant that is read-only for a moment (being moved) is refused here
    database.checkWrites();
    return result;
  }

  /** System work always runs in a request context (TenantRunner opens one); else it is not. */
  private boolean isSystem() {
    try {
      return tenant.isSystem();
    } catch (ContextNotActiveException noRequestContext) {
      return false;
    }
  }

  /** The rule itself, for a method, whether this is system work, and the caller's roles. */
  public static boolean permits(Method method, boolean system, Predicate<String> callerInRole) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    Allow allow = declaration(method);
    if (allow == null) {
      return method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }
    if (system) {
      return true;
    }
    for (String role : allow.value()) {
      if (callerInRole.test(role)) {
        return true;
      }
    }
    return false;
  }

  /** The method's own declaration, else its class's. */
  public static Allow declaration(Method method) {
    Allow own = method.getAnnotation(Allow.class);
    return own != null ? own : method.getDeclaringClass().getAnnotation(Allow.class);
  }

  /**
   * The caller's roles as the container authenticated them for this request (the same view the page
   * guard has). Callers outside a request are never people: they are system work or refused.
   */
  private boolean callerInRole(String role) {
    try {
      return request.isUserInRole(role);
    } catch (RuntimeException outsideARequest) {
      return false;
    }
  }
}
