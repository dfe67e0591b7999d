package com.orderpool.platform.security;

import com.orderpool.integration.Problems;
import com.orderpool.web.SecurityHeaders;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Form login driven by the login page (which calls {@code SecurityContext.authenticate}). An
 * unauthenticated request for a protected page is sent to the login page; a JSF ajax request gets a
 * partial-response redirect instead of a login page it could not render, and an API call under
 * {@code /api} a 401 problem+json.
 *
 * <p>A signed-in session keeps its caller and groups in a {@link SignedIn} session attribute, and
 * every request hands both to the container again. The container's own session re-use hands it the
 * principal alone and looks the groups up in shared state that concurrent requests of different
 * users can see empty, so about one request in a hundred lost its roles under load and answered
 * 404.
 */
@ApplicationScoped
@DeclareRoles({"PLATFORM_ADMIN", "TENANT_ADMIN", "STAFF", "ACCOUNTANT", FirstSignIn.ROLE})
public class OrderpoolAuthMechanism implements HttpAuthenticationMechanism {
  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String CONTINUE_ATTRIBUTE = "orderpool.continue";
  public static final String API_ROOT = "/api";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // runs before any filter, also for the answers it gives itself (login redirect, API 401)
    SecurityHeaders.apply(request, response);
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        SignedIn.keep(request, result);
        return context.notifyContainerAboutLogin(result);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedIn signedIn = SignedIn.of(request);
    if (signedIn != null) {
      return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorizedApiCall(response);
    }
    String login = request.getContextPath() + LOGIN_PAGE;
    if (isFacesAjax(request)) {
      try {
        ajaxRedirect(response, login);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && isPage(target)) {
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      request.getSession(true).setAttribute(CONTINUE_ATTRIBUTE, target);
    }
    return context.redirect(login);
  }

  /** Logging out forgets the session's caller, so the next request is anonymous. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedIn.ATTRIBUTE);
    }
    context.cleanClientSubject();
  }

  /**
   * An API call without credentials gets a 401 problem+json, never the login page: machines cannot
   * fill in a form.
   */
  private static AuthenticationStatus unauthorizedApiCall(HttpServletResponse response) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Problems.json(HttpServletResponse.SC_UNAUTHORIZED));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(API_ROOT) || path.startsWith(API_ROOT + "/");
  }

  /** Only pages are worth returning to after login, not icons or other resources. */
  static boolean isPage(String path) {
    return path.equals("/") || path.endsWith(".xhtml");
  }

  /** Sends a JSF ajax request to another page: PrimeFaces would swallow a plain redirect. */
  static void ajaxRedirect(HttpServletResponse response, String url) throws IOException {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url
                + "\"/></partial-response>");
  }

  static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }
}
