package com.orderpool.support;

import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.entity.OrderType;
import java.math.BigDecimal;
import java.util.List;

/** Priced orders for payment and invoice tests: one line at a net price, VAT at the tenant rate. */
public final class TestMoney {
  private TestMoney() {}

  public static NewOrder priced(String email, String net) {
    NewOrder o = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", email);
    o.setLines(List.of(new LineInput("DRB-42", "Derby shoe, size 42", 1, new BigDecimal(net))));
    return o;
  }

  public static BigDecimal eur(String v) {
    return new BigDecimal(v);
  }
}
