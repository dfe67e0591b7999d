package com.orderpool.partners.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.partners.control.PartnerHooks;
import com.orderpool.partners.control.Submissions;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerAddresses;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.PartnerRule;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.platform.control.AutoSubmits;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tenant's partners: suppliers and fulfilment providers with their rule, e-mail channel and
 * optional SFTP channel. Admins keep them; everyone sees them. A partner is retired rather than
 * deleted (its submissions stay) and can be reactivated.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class Partners {
  /** The longest countdown before an automatic submission, in hours. */
  public static final int MAX_AUTO_HOURS = 72;

  private static final Pattern SFTP_HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]{0,252}");
  private static final Pattern SFTP_USER = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject Submissions submissions;
  @Inject AutoSubmits autoSubmits;
  @Inject PartnerHooks hooks;
  @Inject ApiKeys keys;
  @Inject ZoneId zone;

  /** Every partner, retired ones too, by name. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<Partner> all() {
    return submissions.partners();
  }

  /** The partners that get new orders. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<Partner> active() {
    return all().stream().filter(p -> !p.isRetired()).toList();
  }

  /** One partner; another tenant's is not found. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public Partner get(long id) {
    return submissions.partner(id);
  }

  /**
   * Adds a partner ({@code id} null) or changes one: a name not used by another partner (any case),
   * its kind, its rule (see {@link PartnerRule}) and its e-mail addresses (see {@link
   * PartnerAddresses}).
   */
  public Partner save(
      Long id,
      @NotBlank @Size(max = 120) String name,
      @NotNull PartnerKind kind,
      @NotNull RuleType ruleType,
      @Size(max = 500) String ruleValue,
      @NotBlank @Size(max = 1000) String email) {
    PartnerRule rule = PartnerRule.of(ruleType, ruleValue);
    List<String> addresses = PartnerAddresses.parse(email);
    String clean = name.strip();
    boolean taken =
        all().stream().anyMatch(p -> p.getName().equalsIgnoreCase(clean) && !p.getId().equals(id));
    if (taken) {
      throw new BusinessException("name", "partner.name.taken", clean);
    }
    if (id == null) {
      Partner p = new Partner(clean, kind, rule, addresses, tenant.actor(), clock.instant());
      db.em().persist(p);
      db.em().flush();
      return p;
    }
    Partner p = submissions.partner(id);
    p.update(clean, kind, rule, addresses);
    return p;
  }

  /**
   * Gives a partner an SFTP channel, or changes it: host, port (1 to 65535), user, password (empty
   * keeps the stored one; required the first time) and folder (empty: the login's home). Another
   * host or port forgets the pinned host key.
   */
  public Partner saveSftp(
      long id,
      @NotBlank @Size(max = 255) String host,
      int port,
      @NotBlank @Size(max = 100) String user,
      @Size(max = 200) String password,
      @Size(max = 255) String folder) {
    Partner p = submissions.partner(id);
    String h = host.strip();
    if (!SFTP_HOST.matcher(h).matches()) {
      throw new BusinessException("sftpHost", "partner.sftp.host.invalid");
    }
    if (port < 1 || port > 65535) {
      throw new BusinessException("sftpPort", "partner.sftp.port.invalid");
    }
    String u = user.strip();
    if (!SFTP_USER.matcher(u).matches()) {
      throw new BusinessException("sftpUser", "partner.sftp.user.invalid");
    }
    String pw = password == null || password.isEmpty() ? null : password;
    if (pw == null && !p.hasSftp()) {
      throw new BusinessException("sftpPassword", "partner.sftp.password.required");
    }
    String f = folder == null ? "" : folder.strip();
    if (f.contains("..") || f.chars().anyMatch(c -> c < 32)) {
      throw new BusinessException("sftpFolder", "partner.sftp.folder.invalid");
    }
    p.setSftp(h, port, u, pw, f.isEmpty() ? null : f);
    return p;
  }

  /** Takes the partner's SFTP channel away (its e-mail channel stays). */
  public Partner removeSftp(long id) {
    Partner p = submissions.partner(id);
    p.removeSftp();
    return p;
  }

  /** Forgets the pinned host key: the partner's server got a new one, the next is trusted. */
  public Partner forgetHostKey(long id) {
    Partner p = submissions.partner(id);
    p.forgetHostKey();
    return p;
  }

  /** After how many hours of production a paid order goes to its partners; null: only by hand. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public Integer autoSubmitHours() {
    return autoSubmits.of(tenant.code()).map(s -> (int) s.after().toHours()).orElse(null);
  }

  /**
   * Paid orders go to their partners automatically {@code hours} (1 to 72) after they enter
   * production, unless put on hold meanwhile; null or 0: only by hand. Orders paid before this is
   * switched on are not counted down.
   */
  public void setAutoSubmitHours(Integer hours) {
    if (hours != null && hours != 0 && (hours < 1 || hours > MAX_AUTO_HOURS)) {
      throw new BusinessException("autoSubmitHours", "partner.auto.range", 1, MAX_AUTO_HOURS);
    }
    autoSubmits.set(tenant.code(), hours == null ? 0 : hours * 60, tenant.actor());
  }

  /**
   * Gives a partner a webhook channel: one of the tenant's webhook endpoints, which then gets its
   * orders ({@code partner.order_submitted}) and their cancellations ({@code
   * partner.order_cancelled}) as signed deliveries; null takes the channel away.
   */
  public Partner setWebhook(long id, Long endpointId) {
    Partner p = submissions.partner(id);
    hooks.choose(p, endpointId);
    return p;
  }

  /**
   * Issues an API key bound to the partner (its text is returned once): it reads only the orders
   * submitted to the partner and, with {@code shipments:write}, posts their shipments; nothing
   * else. Valid through {@code expiresOn} (the server's zone) or until revoked.
   */
  public ApiKeys.Issued issueKey(
      long id,
      @NotBlank(message = "{apiKey.name.required}") @Size(max = 100) String name,
      @NotNull List<String> scopes,
      LocalDate expiresOn) {
    Partner p = submissions.partner(id);
    Instant expiresAt =
        expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    return keys.issue(
        tenant.code(), name, new LinkedHashSet<>(scopes), expiresAt, tenant.actor(), p.getId());
  }

  /** Retires a partner (no new orders go there) or reactivates it. */
  public Partner retire(long id, boolean retired) {
    Partner p = submissions.partner(id);
    p.setRetired(retired);
    return p;
  }
}
