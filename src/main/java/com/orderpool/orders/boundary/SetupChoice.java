package com.orderpool.orders.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What staff answered for a customer's first MTO order: "Unlabeled" (no brand engraved), or the
 * setup items to add. Null (no answer) is only fine when nothing was asked.
 */
public record SetupChoice(boolean unlabeled, List<Long> itemIds) implements Serializable {

  public SetupChoice {
    itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
  }

  public static SetupChoice unlabeledOrder() {
    return new SetupChoice(true, List.of());
  }

  public static SetupChoice withItems(List<Long> itemIds) {
    return new SetupChoice(false, itemIds);
  }
}
