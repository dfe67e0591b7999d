package com.orderpool.platform.web;

import com.orderpool.core.NotFoundException;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page behind a one-time set-password link. */
@Named
@ViewScoped
public class SetPasswordBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  private String token;
  private String email;
  private String password;
  private String confirmation;
  private boolean done;

  public void load() {
    try {
      email = accounts.tokenOwner(token);
    } catch (NotFoundException e) {
      email = null;
    }
  }

  public void submit() {
    accounts.setPassword(token, password, confirmation);
    done = true;
    password = null;
    confirmation = null;
    Messages.info("password.set");
  }

  public boolean isValidLink() {
    return email != null;
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
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
