package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A person who logs in. The lockout rule lives here: 5 failures lock the account for 15 minutes.
 */
@Entity
@Table(name = "user_account", schema = TenantSchema.PLATFORM)
public class UserAccount {
  public static final int MAX_FAILED_LOGINS = 5;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tenant_id")
  private Tenant tenant;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Role role;

  private boolean active;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(Tenant tenant, String email, String displayName, Role role, Instant now) {
    if (role.isTenantRole() != (tenant != null)) {
      throw new IllegalArgumentException("tenant roles need a tenant, platform admins have none");
    }
    this.tenant = tenant;
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.active = true;
    this.createdAt = now;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Records a failed login; the fifth in a row locks the account. */
  public void loginFailed(Instant now) {
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedLogins = 0;
    }
  }

  public void loginSucceeded(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** A new password; it also ends a pending "choose a new password at first sign-in". */
  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    this.failedLogins = 0;
    this.lockedUntil = null;
    this.mustChangePassword = false;
  }

  /** The current password was generated: the next sign-in must choose a new one first. */
  public void requirePasswordChange() {
    mustChangePassword = true;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
