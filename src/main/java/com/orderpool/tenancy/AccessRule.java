package com.orderpool.tenancy;

import com.orderpool.core.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The access rule of every boundary: a call goes through when the method (or else its class) is
 * {@code @PermitAll}, when it is system work, or when the caller has one of the roles its {@link
 * Allow} names. Anything else, including a method with no declaration at all, is refused.
 */
@Allow
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class AccessRule {
  @Inject TenantContext tenant;

  @AroundInvoke
  public Object check(InvocationContext call) throws Exception {
    if (!permits(call.getMethod(), isSystem(), AccessRule::callerInRole)) {
      throw new ForbiddenException();
    }
    return call.proceed();
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

  /** Roles are those of the EJB invocation in progress (the container's view of the caller). */
  private static boolean callerInRole(String role) {
    try {
      EJBContext ejb = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
      return ejb.isCallerInRole(role);
    } catch (NamingException | IllegalStateException e) {
      return false;
    }
  }
}
