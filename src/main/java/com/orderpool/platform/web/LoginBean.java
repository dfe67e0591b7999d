package com.orderpool.platform.web;

import com.orderpool.platform.security.ClientAddress;
import com.orderpool.platform.security.FirstSignIn;
import com.orderpool.platform.security.OrderpoolAuthMechanism;
import com.orderpool.platform.security.SignInCredential;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The login form and logout. Every login failure shows the same message. */
@Named
@RequestScoped
public class LoginBean {
  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;

  private String email;
  private String password;

  public void login() throws IOException {
    ExternalContext ec = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new SignInCredential(
                        email == null ? "" : email.strip(),
                        password == null ? "" : password,
                        ClientAddress.of(request))));
    switch (status) {
      case SUCCESS -> {
        HttpSession session = request.getSession();
        Object target = session.getAttribute(OrderpoolAuthMechanism.CONTINUE_ATTRIBUTE);
        session.removeAttribute(OrderpoolAuthMechanism.CONTINUE_ATTRIBUTE);
        String next =
            target instanceof String s && s.startsWith("/") && !s.startsWith("//") ? s : "/";
        if (request.isUserInRole(FirstSignIn.ROLE)) {
          next = FirstSignIn.PAGE;
        }
        ec.redirect(ec.getRequestContextPath() + next);
        facesContext.responseComplete();
      }
      case SEND_CONTINUE -> facesContext.responseComplete();
      default -> {
        password = null;
        Messages.error(null, "login.failed");
      }
    }
  }

  public void logout() throws IOException {
    ExternalContext ec = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      throw new IOException(e);
    }
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + OrderpoolAuthMechanism.LOGIN_PAGE + "?loggedOut=1");
    facesContext.responseComplete();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
