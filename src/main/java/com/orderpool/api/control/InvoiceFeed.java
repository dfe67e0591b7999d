package com.orderpool.api.control;

import com.orderpool.core.JsonP;
import com.orderpool.core.MalformedRequestException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Invoices and credit notes of the API: issued from (inclusive) to (exclusive), paged by id with a
 * cursor. Documents are never changed once issued, so no sync lag is needed beyond the id order.
 */
@ApplicationScoped
public class InvoiceFeed {
  @Inject TenantDatabase db;

  public JsonObject page(FeedQuery q) {
    if (q.bySync() || q.status() != null || q.paymentStatus() != null) {
      throw new MalformedRequestException(null, "api.invoices.filters");
    }
    StringBuilder jpql = new StringBuilder("SELECT i FROM Invoice i WHERE 1 = 1");
    if (q.createdFrom() != null) {
      jpql.append(" AND i.issuedAt >= :from");
    }
    if (q.createdTo() != null) {
      jpql.append(" AND i.issuedAt < :to");
    }
    if (q.cursor() != null) {
      jpql.append(" AND i.id > :after");
    }
    var query = db.em().createQuery(jpql.append(" ORDER BY i.id").toString(), Invoice.class);
    if (q.createdFrom() != null) {
      query.setParameter("from", q.createdFrom());
    }
    if (q.createdTo() != null) {
      query.setParameter("to", q.createdTo());
    }
    if (q.cursor() != null) {
      query.setParameter("after", q.cursor().id());
    }
    List<Invoice> rows = query.setMaxResults(q.limit() + 1).getResultList();
    boolean more = rows.size() > q.limit();
    if (more) {
      rows = rows.subList(0, q.limit());
    }
    JsonArrayBuilder data = JsonP.createArrayBuilder();
    rows.forEach(i -> data.add(json(i)));
    JsonObjectBuilder b = JsonP.createObjectBuilder().add("data", data).add("hasMore", more);
    if (!rows.isEmpty()) {
      b.add("nextCursor", FeedCursor.byId(rows.get(rows.size() - 1).getId()).encode());
    } else if (q.cursor() != null) {
      b.add("nextCursor", q.cursor().encode());
    } else {
      b.addNull("nextCursor");
    }
    return b.build();
  }

  /** The id of the document with this number (invoice or credit note); else not found. */
  public long idOf(String number) {
    return db.em()
        .createQuery("SELECT i.id FROM Invoice i WHERE i.number = :n ORDER BY i.id", Long.class)
        .setParameter("n", number)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("invoice", number));
  }

  private static JsonObject json(Invoice i) {
    JsonObjectBuilder b =
        JsonP.createObjectBuilder()
            .add("number", i.getNumber())
            .add("kind", i.getKind().name())
            .add("issuedAt", i.getIssuedAt().toString())
            .add("currency", i.getCurrency())
            .add("customerName", i.getCustomerName())
            .add("subtotal", money(i.getSubtotal()))
            .add("vat", money(i.getVatAmount()))
            .add("total", money(i.getTotal()))
            .add("paid", i.isPaid());
    if (i.getOrderNumbers() != null) {
      b.add("orders", i.getOrderNumbers());
    }
    if (i.getCustomerEmail() != null) {
      b.add("customerEmail", i.getCustomerEmail());
    }
    return b.build();
  }

  private static String money(BigDecimal v) {
    return v == null ? "0.00" : v.toPlainString();
  }
}
