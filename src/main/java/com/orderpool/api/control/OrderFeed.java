package com.orderpool.api.control;

import com.orderpool.core.Config;
import com.orderpool.core.JsonP;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Order;
import com.orderpool.partners.control.PartnerJson;
import com.orderpool.partners.entity.SubmissionStatus;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order list of the API, keyset-paged. By creation, pages go by id; with {@code updatedSince}
 * (the sync feed) they go by the row's change time, which the database writes, with the id as
 * tie-breaker, and the cursor carries both, so no order is skipped or repeated between pages.
 *
 * <p>Transactions can commit in another order than they wrote their rows: an order written at
 * 10:00:00.100 may become visible after one written at 10:00:00.200. So a page only shows rows
 * whose time is older than a safety lag ({@code orderpool.api.feed-lag-ms}, 2 s by default); a
 * transaction that takes longer than that between writing an order and committing could still be
 * missed by a reader that passed its time meanwhile. An order that changes again comes again, at
 * its new place.
 */
@ApplicationScoped
public class OrderFeed {
  @Inject TenantDatabase db;
  @Inject StatusCatalog statuses;
  @Inject Clock clock;

  public static Duration lag() {
    return Duration.ofMillis(Long.parseLong(Config.get("orderpool.api.feed-lag-ms", "2000")));
  }

  public JsonObject page(FeedQuery q) {
    return page(q, null);
  }

  /**
   * A page; with {@code partnerId}, only the orders submitted to that partner, as the partner sees
   * them ({@link PartnerJson}, no prices).
   */
  public JsonObject page(FeedQuery q, Long partnerId) {
    statuses.all();
    boolean sync = q.bySync();
    StringBuilder jpql = new StringBuilder("SELECT o FROM Order o WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (partnerId != null) {
      jpql.append(
          " AND o.id IN (SELECT s.orderId FROM PartnerSubmission s"
              + " WHERE s.partnerId = :pid AND s.status = :submitted)");
      params.put("pid", partnerId);
      params.put("submitted", SubmissionStatus.SUBMITTED);
    }
    if (q.createdFrom() != null) {
      jpql.append(" AND o.createdAt >= :cf");
      params.put("cf", q.createdFrom());
    }
    if (q.createdTo() != null) {
      jpql.append(" AND o.createdAt < :ct");
      params.put("ct", q.createdTo());
    }
    if (q.status() != null) {
      jpql.append(" AND o.statusId = :sid");
      params.put("sid", statuses.byCode(q.status()).getId());
    }
    if (q.paymentStatus() != null) {
      jpql.append(" AND o.paymentStatus = :ps");
      params.put("ps", q.paymentStatus());
    }
    if (sync) {
      jpql.append(" AND o.updatedAt < :horizon");
      params.put("horizon", databaseNow().minus(lag()));
      if (q.updatedSince() != null) {
        jpql.append(" AND o.updatedAt >= :us");
        params.put("us", q.updatedSince());
      }
      if (q.cursor() != null && q.cursor().updatedAt() != null) {
        jpql.append(" AND (o.updatedAt > :cu OR (o.updatedAt = :cu AND o.id > :cid))");
        params.put("cu", q.cursor().updatedAt());
        params.put("cid", q.cursor().id());
      }
      jpql.append(" ORDER BY o.updatedAt, o.id");
    } else {
      jpql.append(" AND o.createdAt < :horizon");
      params.put("horizon", clock.instant().minus(lag()));
      if (q.cursor() != null) {
        jpql.append(" AND o.id > :cid");
        params.put("cid", q.cursor().id());
      }
      jpql.append(" ORDER BY o.id");
    }
    TypedQuery<Order> query = db.em().createQuery(jpql.toString(), Order.class);
    params.forEach(query::setParameter);
    List<Order> rows =
        new ArrayList<>(
            query
                .setHint("eclipselink.refresh", "true")
                .setMaxResults(q.limit() + 1)
                .getResultList());
    boolean more = rows.size() > q.limit();
    if (more) {
      rows = rows.subList(0, q.limit());
    }
    JsonArrayBuilder data = JsonP.createArrayBuilder();
    rows.forEach(o -> data.add(partnerId == null ? OrderJson.summary(o) : PartnerJson.summary(o)));
    FeedCursor next = q.cursor();
    if (!rows.isEmpty()) {
      Order last = rows.get(rows.size() - 1);
      next =
          sync ? new FeedCursor(last.getUpdatedAt(), last.getId()) : FeedCursor.byId(last.getId());
    }
    JsonObjectBuilder b = JsonP.createObjectBuilder().add("data", data).add("hasMore", more);
    if (next != null) {
      b.add("nextCursor", next.encode());
    } else {
      b.addNull("nextCursor");
    }
    return b.build();
  }

  /** The database's clock (it writes the change times), in UTC like the connection. */
  private Instant databaseNow() {
    Object now = db.em().createNativeQuery("SELECT UTC_TIMESTAMP(6)").getSingleResult();
    if (now instanceof Timestamp t) {
      return t.toInstant();
    }
    if (now instanceof java.time.LocalDateTime ldt) {
      return ldt.toInstant(java.time.ZoneOffset.UTC);
    }
    return Timestamp.valueOf(now.toString()).toInstant();
  }
}
