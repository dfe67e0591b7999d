package com.orderpool.platform.web;

import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.security.ClientAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** "Forgot password": asks for a reset link and always answers the same way. */
@Named
@ViewScoped
public class ForgotPasswordBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  private String email;
  private boolean requested;

  public void submit() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    accounts.requestPasswordReset(email, ClientAddress.of(request));
    requested = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isRequested() {
    return requested;
  }
}
