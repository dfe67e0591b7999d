package com.orderpool.notifications.web;

import com.orderpool.notifications.boundary.PlatformOutbox;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform console's outbox page: pick a tenant, list its e-mails by status and retry failed
 * ones. There is no preview here: platform admins see who, what subject and how delivery went, not
 * the contents of a tenant's orders.
 */
@Named
@ViewScoped
public class PlatformOutboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlatformOutbox outbox;

  private String tenant;
  private MailStatus status;
  private LazyList<OutboxRow> messages;
  private final Map<String, String> names = new HashMap<>();

  @PostConstruct
  void init() {
    messages =
        new LazyList<>(
            search -> tenant == null ? 0 : outbox.count(tenant, status),
            page ->
                tenant == null ? List.of() : outbox.page(tenant, status, page.first(), page.size()),
            r -> String.valueOf(r.id()));
  }

  /** Tenant codes for the picker; their names are kept for the labels. */
  public List<String> completeTenant(String query) {
    return outbox.tenants(query).stream()
        .peek(t -> names.put(t.code(), t.name()))
        .map(PlatformOutbox.TenantChoice::code)
        .toList();
  }

  public String label(String code) {
    String name = names.get(code);
    return name == null ? code : code + " · " + name;
  }

  public void retry(long id) {
    outbox.retry(tenant, id);
    Messages.info("outbox.retried");
  }

  public MailStatus[] getStatuses() {
    return MailStatus.values();
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant == null || tenant.isBlank() ? null : tenant.strip();
  }

  public MailStatus getStatus() {
    return status;
  }

  public void setStatus(MailStatus status) {
    this.status = status;
  }

  public LazyList<OutboxRow> getMessages() {
    return messages;
  }
}
