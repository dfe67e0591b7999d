package com.orderpool.platform.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A user account row was written. Fired for every update, whoever makes it, so that caches of
 * account state (such as the session check) can forget the account once the change is committed.
 */
public record UserAccountChanged(long userId) {

  /** The JPA listener that fires the event; observers choose the transaction phase. */
  public static class Listener {
    @Inject Event<UserAccountChanged> changed;

    @PostUpdate
    @PostRemove
    void written(UserAccount user) {
      if (changed != null && user.getId() != null) {
        changed.fire(new UserAccountChanged(user.getId()));
      }
    }
  }
}
