package com.orderpool.platform.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.platform.control.ApiKeys;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;

/** A tenant admin's API keys of their own tenant: issue (the key is shown once), list, revoke. */
@Allow(TENANT_ADMIN)
@Stateless
public class ApiKeyService {
  @Inject ApiKeys keys;
  @Inject TenantContext tenant;
  @Inject ZoneId zone;

  public List<ApiKeys.Row> keys() {
    return keys.of(tenant.code());
  }

  /**
   * Issues a key with these scopes, valid through {@code expiresOn} (in the server's zone) or, when
   * that is null, until revoked.
   */
  public ApiKeys.Issued issue(
      @NotBlank(message = "{apiKey.name.required}") @Size(max = 100) String name,
      @NotNull List<String> scopes,
      LocalDate expiresOn) {
    Instant expiresAt =
        expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    return keys.issue(tenant.code(), name, new LinkedHashSet<>(scopes), expiresAt, tenant.actor());
  }

  public void revoke(long id) {
    keys.revoke(tenant.code(), id, tenant.actor());
  }
}
