package com.orderpool.tenancy;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.Foreground;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A busy tenant gets a persistence unit of its own, bound to its schema alone; a quiet tenant stays
 * on the shared unit; closing an idle unit loses nothing.
 */
class TenantUnitsIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject TenantRunner runner;
  @Inject TenantUnits units;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Test
  void aBusyTenantWorksInAUnitOfItsOwnThatNeverReachesAnotherTenant() {
    String busy = Codes.newTenant(console);
    String quiet = Codes.newTenant(console);
    int configured = units.busyPerMinute();
    // provisioning was busy work: count from now (the relays' sweeps still count, a few a minute)
    units.forget(busy);
    units.forget(quiet);
    units.useBusyPerMinute(20);
    try {
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        numbers.add(order(busy, "busy" + i).getNumber());
      }
      assertTrue(
          ownSoon(busy),
          "twenty transactions within a minute make the tenant busy, in the background");
      assertFalse(units.hasOwn(quiet), "a tenant with no work has no unit");

      Order inOwnUnit = order(busy, "own-unit");
      assertTrue(inOwnUnit.getNumber().endsWith("-" + busy), inOwnUnit.getNumber());
      assertEquals(
          inOwnUnit.getId(),
          runner.call(busy, () -> orders.getByNumber(inOwnUnit.getNumber())).getId());
      // the quiet tenant, on the shared unit, sees none of it and writes its own
      assertInstanceOf(
          NotFoundException.class,
          unwrap(
              assertThrows(
                  Exception.class,
                  () -> runner.call(quiet, () -> orders.getByNumber(inOwnUnit.getNumber())))));
      Order quietOrder = order(quiet, "quiet");
      assertFalse(units.hasOwn(quiet));
      assertInstanceOf(
          NotFoundException.class,
          unwrap(
              assertThrows(
                  Exception.class,
                  () -> runner.call(busy, () -> orders.getByNumber(quietOrder.getNumber())))));
      assertEquals(21L, runner.call(busy, () -> orders.total()));
      assertEquals(1L, runner.call(quiet, () -> orders.total()));

      // an idle unit is closed; the tenant's work goes on in the shared unit, nothing lost
      units.useBusyPerMinute(1_000);
      assertTrue(units.closeIdle(Duration.ZERO) >= 1);
      assertFalse(units.hasOwn(busy));
      for (String n : numbers) {
        assertEquals(n, runner.call(busy, () -> orders.getByNumber(n)).getNumber());
      }
      order(busy, "after-close");
      assertFalse(units.hasOwn(busy), "not busy any more: no new unit");
      assertEquals(22L, runner.call(busy, () -> orders.total()));
    } finally {
      units.useBusyPerMinute(configured);
    }
  }

  @Test
  void transactionsAnsweringARequestCountTenTimesAsMuch() {
    String code = Codes.newTenant(console);
    int configured = units.busyPerMinute();
    units.forget(code);
    units.useBusyPerMinute(2 * TenantUnits.FOREGROUND_WEIGHT);
    try {
      order(code, "background");
      assertFalse(ownWithin(code, Duration.ofMillis(500)), "background work alone is not busy");
      Foreground.begin();
      try {
        order(code, "request-1");
        order(code, "request-2");
      } finally {
        Foreground.end();
      }
      assertTrue(ownSoon(code), "two transactions answering requests make the tenant busy");
    } finally {
      units.useBusyPerMinute(configured);
      units.forget(code);
    }
  }

  /**
   * Placing orders leaves no statement held by the pooled connections (EclipseLink leaves the
   * statement of an insert with a generated id open; the driver must not keep it alive).
   */
  @Test
  void placedOrdersLeaveNoStatementHeldOnThePooledConnections() throws Exception {
    String code = Codes.newTenant(console);
    for (int i = 0; i < 30; i++) {
      order(code, "statements" + i);
    }
    List<Connection> held = new ArrayList<>();
    try {
      // take several pooled connections at once: the ones the orders used among them
      for (int i = 0; i < 10; i++) {
        held.add(dataSource.getConnection());
      }
      for (Connection c : held) {
        assertEquals(
            0,
            c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).getActiveStatementCount(),
            "statements held open on a pooled connection");
      }
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
  }

  /** Whether the tenant has its unit within a few seconds (it is made in the background). */
  private boolean ownSoon(String code) {
    return ownWithin(code, Duration.ofSeconds(10));
  }

  private boolean ownWithin(String code, Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    while (!units.hasOwn(code) && System.nanoTime() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return units.hasOwn(code);
  }

  private Order order(String code, String who) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new ArrayList<>(
            List.of(new LineInput("DRB-1", "Derby shoe", 1, new BigDecimal("100.00")))));
    return runner.call(code, () -> orders.create(cmd));
  }
}
