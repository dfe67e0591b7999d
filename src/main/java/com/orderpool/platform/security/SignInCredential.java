package com.orderpool.platform.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** E-mail and password, with the client address the sign-in came from (for throttling). */
public class SignInCredential extends UsernamePasswordCredential {
  private final String clientAddress;

  public SignInCredential(String email, String password, String clientAddress) {
    super(email, new Password(password));
    this.clientAddress = clientAddress;
  }

  public String clientAddress() {
    return clientAddress;
  }
}
