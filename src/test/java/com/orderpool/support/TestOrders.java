package com.orderpool.support;

import com.orderpool.core.Address;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.entity.OrderType;

/** New-order commands for tests, with a valid billing address. */
public final class TestOrders {
  private TestOrders() {}

  public static NewOrder of(OrderType type, String model, int quantity, String name, String email) {
    NewOrder o = new NewOrder(type, model, quantity, name, email);
    o.setBilling(address(name));
    // one line with every piece, at 50.00 each: orders need a priced line
    o.setLines(
        new java.util.ArrayList<>(
            java.util.List.of(
                new LineInput(null, model, quantity, new java.math.BigDecimal("50.00")))));
    return o;
  }

  public static Address address(String name) {
    return new Address(name, "Carrer de Mallorca 401", "08013", "Barcelona", "ES");
  }
}
