package com.orderpool.platform.web;

import com.orderpool.platform.boundary.AccountService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    accounts.requestPasswordReset(email);
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
