package com.orderpool.orders.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.integer;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.rate;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.orders.entity.CommissionTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Commissions: per retailer and currency, the orders placed in the period, how many were cancelled,
 * the net amount (without VAT) of those not cancelled, the retailer's rate of today and the
 * commission (each order at the rate it was placed with, rounded to the cent per retailer); totals
 * per currency. A cancelled order earns none.
 */
@ApplicationScoped
public class CommissionRegister implements Register {
  @Inject CommissionFigures figures;

  @Override
  public String name() {
    return "commissions";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("retailer"),
        text("name"),
        rate("rate"),
        text("currency"),
        integer("orders"),
        integer("cancelled"),
        money("net"),
        money("commission"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(
        code("label"),
        text("currency"),
        integer("orders"),
        integer("cancelled"),
        money("net"),
        money("commission"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.CURRENCY);
  }

  private List<CommissionFigures.Line> lines(RegisterQuery q) {
    return figures.lines(q.start(), q.end(), null, q.currency());
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    for (CommissionFigures.Line l : lines(q)) {
      CommissionTally t = l.tally();
      sink.accept(
          new Object[] {
            l.retailer().getCode(),
            l.retailer().getName(),
            l.retailer().getCommissionRate(),
            l.currency(),
            t.orders(),
            t.cancelled(),
            t.net(),
            t.commission()
          });
    }
  }

  @Override
  public long count(RegisterQuery q) {
    return lines(q).size();
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    List<Object[]> rows = new ArrayList<>();
    CommissionFigures.totals(lines(q))
        .forEach(
            (currency, t) ->
                rows.add(
                    new Object[] {
                      "TOTAL", currency, t.orders(), t.cancelled(), t.net(), t.commission()
                    }));
    return rows;
  }
}
