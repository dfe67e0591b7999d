package com.orderpool.tenancy;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a boundary: the roles named here, and system work ({@link
 * TenantContext#runAsSystem}). On a class it covers every public method; a method's own declaration
 * wins. Everyone else is refused with {@link com.orderpool.core.ForbiddenException} before the
 * method runs ({@link AccessRule}). Every public boundary method carries this or
 * {@code @PermitAll}; a test keeps it so.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allow {
  /** Role names from {@link Roles}; empty means system work only. */
  @Nonbinding
  String[] value() default {};
}
