package com.orderpool.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs a piece of an in-container test as a signed-in person rather than the system caller: the
 * test hands the work over, and a request of that person's {@link WebSession} runs it, so boundary
 * calls see that person's principal and roles (and the access rule applies as for a page). Only the
 * test WAR has this servlet, and it runs only work that a test registered a moment before.
 */
@WebServlet("/test-support/as-caller")
public class AsCaller extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Supplier<?>> WORK = new ConcurrentHashMap<>();
  private static final Map<String, Outcome> DONE = new ConcurrentHashMap<>();

  private record Outcome(Object value, RuntimeException failure) {}

  /** Runs {@code work} in a request of {@code session} and returns its result or rethrows. */
  @SuppressWarnings("unchecked")
  public static <T> T call(WebSession session, Supplier<T> work) {
    String token = UUID.randomUUID().toString();
    WORK.put(token, work);
    try {
      int status = session.download("/test-support/as-caller?token=" + token).status();
      Outcome outcome = DONE.remove(token);
      if (outcome == null) {
        throw new IllegalStateException("the work did not run as the caller: HTTP " + status);
      }
      if (outcome.failure() != null) {
        throw outcome.failure();
      }
      return (T) outcome.value();
    } finally {
      WORK.remove(token);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) {
    Supplier<?> work = WORK.remove(String.valueOf(req.getParameter("token")));
    if (work == null) {
      res.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      DONE.put(req.getParameter("token"), new Outcome(work.get(), null));
    } catch (RuntimeException e) {
      DONE.put(req.getParameter("token"), new Outcome(null, e));
    }
    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
