package com.orderpool.platform.web;

import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.security.OrderpoolAuthMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The first-sign-in step of an account with a generated password: choose a new one, then sign in
 * again with it (the session of the generated password carries no role).
 */
@Named
@RequestScoped
public class ChangePasswordBean {
  @Inject AccountService accounts;
  @Inject FacesContext facesContext;

  private String password;
  private String confirmation;

  public void submit() throws IOException {
    accounts.chooseFirstPassword(password, confirmation);
    ExternalContext ec = facesContext.getExternalContext();
    try {
      ((HttpServletRequest) ec.getRequest()).logout();
    } catch (ServletException e) {
      throw new IOException(e);
    }
    ec.invalidateSession();
    ec.redirect(
        ec.getRequestContextPath() + OrderpoolAuthMechanism.LOGIN_PAGE + "?passwordChanged=1");
    facesContext.responseComplete();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
