package com.orderpool.platform.boundary;

import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.UserAccount;
import java.io.Serializable;
import java.time.Instant;

/** One line of a tenant's user list. */
public record UserRow(
    long id,
    String email,
    String displayName,
    Role role,
    boolean active,
    boolean pendingInvitation,
    Instant lastLoginAt)
    implements Serializable {

  static UserRow of(UserAccount u) {
    return new UserRow(
        u.getId(),
        u.getEmail(),
        u.getDisplayName(),
        u.getRole(),
        u.isActive(),
        !u.hasPassword(),
        u.getLastLoginAt());
  }
}
