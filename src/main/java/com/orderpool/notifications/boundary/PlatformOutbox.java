package com.orderpool.notifications.boundary;

import static com.orderpool.tenancy.Roles.PLATFORM_ADMIN;

import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The platform console's view of one tenant's outbox: the listing (recipient, subject, status,
 * attempts, last error) and retrying failed e-mails. It enters the tenant explicitly for each call
 * and never hands out an e-mail's bodies, so platform admins do not read order contents here.
 */
@Allow(PLATFORM_ADMIN)
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformOutbox {
  private static final int MAX_CHOICES = 20;

  /** A tenant to pick. */
  public record TenantChoice(String code, String name) implements java.io.Serializable {}

  @Inject TenantDirectory tenants;
  @Inject TenantContext tenantContext;
  @Inject OutboxService outbox;

  /** Tenants whose code or name contains the text, by code. */
  public List<TenantChoice> tenants(String search) {
    return tenants.search(search, MAX_CHOICES).stream()
        .map(t -> new TenantChoice(t.code(), t.name()))
        .toList();
  }

  public long count(@NotNull String tenantCode, MailStatus status) {
    return as(tenantCode, () -> outbox.count(status));
  }

  public List<OutboxRow> page(
      @NotNull String tenantCode,
      MailStatus status,
      @Min(0) int first,
      @Min(1) @Max(200) int size) {
    return as(tenantCode, () -> outbox.page(status, first, size));
  }

  /** Puts one of the tenant's failed e-mails back in the queue. */
  public OutboxRow retry(@NotNull String tenantCode, long id) {
    return as(tenantCode, () -> OutboxRow.of(outbox.retry(id)));
  }

  private <T> T as(String tenantCode, java.util.function.Supplier<T> work) {
    String code = tenants.requireCode(tenantCode);
    return tenantContext.runAs(code, work);
  }
}
