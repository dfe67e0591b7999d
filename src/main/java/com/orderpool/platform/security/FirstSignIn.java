package com.orderpool.platform.security;

import com.orderpool.tenancy.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An account signed in with a generated password holds only the role {@link #ROLE}: no page,
 * boundary or API of a real role answers it. Until it chooses a new password every request but the
 * change-password page (and the static resources it needs) is sent there.
 */
public final class FirstSignIn {
  public static final String ROLE = Roles.PASSWORD_CHANGE_REQUIRED;
  public static final String PAGE = "/change-password.xhtml";
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private FirstSignIn() {}

  /** Whether a caller with a pending password change may open this path. */
  static boolean allowed(String path) {
    return path.equals(PAGE)
        || path.equals(OrderpoolAuthMechanism.LOGIN_PAGE)
        || path.startsWith(RESOURCES)
        || path.startsWith("/resources/");
  }

  /**
   * Sends a caller with a pending password change to the change-password page; true when it did
   * (the request is then answered). {@code path} is the decoded, normalised path the page guard
   * checks.
   */
  public static boolean redirected(HttpServletRequest req, HttpServletResponse res, String path)
      throws IOException {
    if (req.getUserPrincipal() == null || !req.isUserInRole(ROLE) || allowed(path)) {
      return false;
    }
    String target = req.getContextPath() + PAGE;
    if (OrderpoolAuthMechanism.isApi(req)) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else if (OrderpoolAuthMechanism.isFacesAjax(req)) {
      OrderpoolAuthMechanism.ajaxRedirect(res, target);
    } else {
      res.sendRedirect(target);
    }
    return true;
  }
}
