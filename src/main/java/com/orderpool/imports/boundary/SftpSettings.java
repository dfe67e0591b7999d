package com.orderpool.imports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.imports.control.SftpServer;
import com.orderpool.platform.control.SftpAccounts;
import com.orderpool.platform.control.SshPublicKeys;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The tenant's SFTP inbox as its settings page shows it: where to connect (host, port, the server's
 * key fingerprint), the login's user name, whether it has a password and which public keys. Admins
 * generate a new password (shown once) and add or remove keys; accountants may only look.
 */
@Stateless
@Allow(TENANT_ADMIN)
public class SftpSettings {
  @Inject SftpAccounts accounts;
  @Inject SftpServer server;
  @Inject TenantContext tenant;

  /** Where and how the tenant's login connects. */
  public record View(
      boolean running, String host, int port, String fingerprint, SftpAccounts.Login login)
      implements Serializable {}

  @Allow({TENANT_ADMIN, ACCOUNTANT})
  public View view() {
    return new View(
        server.running(),
        server.publicHost(),
        server.port(),
        server.fingerprint(),
        accounts.login(tenant.code()));
  }

  /** Replaces the login's password with a generated one, returned this once. */
  public String newPassword() {
    return accounts.newPassword(tenant.code(), tenant.actor());
  }

  /** Adds an OpenSSH public key (one line, e.g. {@code ssh-ed25519 AAAA… name}). */
  public SftpAccounts.KeyRow addKey(
      @NotBlank(message = "{sftp.key.required}")
          @Size(max = SshPublicKeys.MAX_LENGTH, message = "{sftp.key.oneLine}")
          String publicKey) {
    return accounts.addKey(tenant.code(), publicKey, tenant.actor());
  }

  public void removeKey(long id) {
    accounts.removeKey(tenant.code(), id);
  }
}
