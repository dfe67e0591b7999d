package com.orderpool.platform.security;

import com.orderpool.platform.boundary.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks e-mail and password against the platform's user accounts, throttled by the client address
 * that the login page puts into a {@link SignInCredential}.
 */
@ApplicationScoped
public class OrderpoolIdentityStore implements IdentityStore {
  @Inject AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = up instanceof SignInCredential s ? s.clientAddress() : null;
    return accounts
        .login(up.getCaller(), up.getPasswordAsString(), address)
        .map(
            l ->
                new CredentialValidationResult(
                    l.principal(),
                    // a generated password grants nothing but choosing a new one
                    Set.of(l.mustChangePassword() ? FirstSignIn.ROLE : l.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
