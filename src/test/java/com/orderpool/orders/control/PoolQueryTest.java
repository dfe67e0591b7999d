package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolQueryTest {
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  @Test
  void emptyFilterHidesOnlyCancelledOrders() {
    PoolQuery q = new PoolQuery(new PoolFilter(), MADRID);
    assertEquals(" WHERE 1 = 1 AND o.phase <> :cancelled", q.where());
    assertEquals(Phase.CANCELLED, q.params().get("cancelled"));
    assertEquals(" WHERE 1 = 1", new PoolQuery(PoolFilter.all(), MADRID).where());
  }

  @Test
  void everyFilterBecomesABoundCondition() {
    PoolFilter f = new PoolFilter();
    f.setPaymentStatuses(List.of(PaymentStatus.PAID));
    f.setStatusIds(List.of(3L, 4L));
    f.setTypes(List.of(OrderType.BULK));
    f.setChannels(List.of(Channel.API));
    f.setModel(" Derby ");
    f.setCreatedFrom(LocalDate.of(2026, 3, 1));
    f.setCreatedTo(LocalDate.of(2026, 3, 31));
    PoolQuery q = new PoolQuery(f, MADRID);
    String w = q.where();
    for (String part :
        List.of(
            "o.paymentStatus IN :pay",
            "o.statusId IN :st",
            "o.type IN :ty",
            "o.channel IN :ch",
            "o.model = :model",
            "o.createdAt >= :crFrom",
            "o.createdAt < :crTo")) {
      assertTrue(w.contains(part), part + " in " + w);
    }
    assertEquals("Derby", q.params().get("model"));
    assertEquals(Instant.parse("2026-02-28T23:00:00Z"), q.params().get("crFrom"), "local midnight");
    assertEquals(
        Instant.parse("2026-03-31T22:00:00Z"), q.params().get("crTo"), "end of the last day");
    assertFalse(w.contains(":kc"), "no value is ever concatenated into the query");
  }

  @Test
  void searchMatchesNumberExactlyAndNamesByPrefix() {
    PoolQuery text = new PoolQuery(new PoolFilter().withSearch("ann_50%"), MADRID);
    assertEquals("ANN_50%", text.params().get("exact"));
    assertEquals("ann\\_50\\%%", text.params().get("p"));
    assertFalse(text.where().contains("o.seq"));
    PoolQuery digits = new PoolQuery(new PoolFilter().withSearch("10023"), MADRID);
    assertEquals(10023L, digits.params().get("seq"));
  }

  @Test
  void filteringCancelledPhaseShowsThem() {
    PoolFilter f = new PoolFilter();
    f.setPhases(List.of(Phase.CANCELLED));
    assertFalse(new PoolQuery(f, MADRID).where().contains(":cancelled"));
  }

  @Test
  void wipRangesPageByOffsetOnly() {
    PoolFilter f = new PoolFilter();
    assertTrue(PoolQuery.keysetCapable(f));
    f.setWipFrom(LocalDate.of(2026, 1, 1));
    assertFalse(PoolQuery.keysetCapable(f));
  }

  @Test
  void filtersWithTheSameValuesAreEqual() {
    PoolFilter a = new PoolFilter();
    a.setModel("Oxford");
    PoolFilter b = a.copy();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    b.setTypes(List.of(OrderType.MTO));
    assertFalse(a.equals(b));
    assertEquals(a.withSearch(" x "), a.copy().withSearch("x"));
  }
}
