package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.time.Instant;

/**
 * A person who logs in. Failed sign-ins are throttled per client address (see the platform's
 * control), not here, so nobody can lock an account for everyone. The session version ends every
 * existing session of the account when it is raised: a new password, deactivation, suspension.
 */
@Entity
@Table(name = "user_account", schema = TenantSchema.PLATFORM)
@EntityListeners(UserAccountChanged.Listener.class)
public class UserAccount {

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

  @Column(name = "session_version")
  private long sessionVersion;

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

  public void loginSucceeded(Instant now) {
    lastLoginAt = now;
  }

  /**
   * A new password: the sessions signed in with the old one end, and a pending "choose a new
   * password at first sign-in" is done.
   */
  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = false;
    revokeSessions();
  }

  /**
   * The same password stored in the current hash format (after a successful sign-in); sessions
   * stay.
   */
  public void rehash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** The current password was generated: the next sign-in must choose a new one first. */
  public void requirePasswordChange() {
    mustChangePassword = true;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** Ends every existing session of this account on its next request. */
  public void revokeSessions() {
    sessionVersion++;
  }

  public void deactivate() {
    active = false;
    revokeSessions();
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

  /** Sessions carry the version they signed in with; a different one means the session ended. */
  public long getSessionVersion() {
    return sessionVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
