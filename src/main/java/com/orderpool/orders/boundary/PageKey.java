package com.orderpool.orders.boundary;

import com.orderpool.orders.entity.Order;
import java.io.Serializable;
import java.time.Instant;

/** A row's position in the pool's order (newest first): where a keyset page starts. */
public record PageKey(Instant createdAt, long id) implements Serializable {
  public static PageKey of(Order o) {
    return new PageKey(o.getCreatedAt(), o.getId());
  }
}
