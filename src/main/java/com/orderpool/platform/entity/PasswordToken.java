package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time set-password link. Only the SHA-256 of the token is stored. */
@Entity
@Table(name = "password_token", schema = TenantSchema.PLATFORM)
public class PasswordToken {
  public static final String SET_PASSWORD = "SET_PASSWORD";
  public static final String RESET_PASSWORD = "RESET_PASSWORD";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @Column(name = "token_hash")
  private String tokenHash;

  private String purpose;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordToken() {}

  public PasswordToken(UserAccount user, String tokenHash, Instant now, Instant expiresAt) {
    this(user, tokenHash, SET_PASSWORD, now, expiresAt);
  }

  public PasswordToken(
      UserAccount user, String tokenHash, String purpose, Instant now, Instant expiresAt) {
    this.user = user;
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public UserAccount getUser() {
    return user;
  }
}
