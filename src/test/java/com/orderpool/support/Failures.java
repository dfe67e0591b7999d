package com.orderpool.support;

/** Unwraps the container's EJBException to the exception a boundary really threw. */
public final class Failures {
  private Failures() {}

  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while (c.getClass().getName().contains("EJBException") && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
