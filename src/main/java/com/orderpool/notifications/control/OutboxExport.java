package com.orderpool.notifications.control;

import com.orderpool.core.TableExport;
import com.orderpool.core.TableWriter.Column;
import com.orderpool.core.TableWriter.Type;
import com.orderpool.core.UiTexts;
import com.orderpool.notifications.entity.LinkMask;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.tenancy.Roles;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The outbox as a file: who was written to, about what, and how delivery went, newest first,
 * optionally of one status only. Bodies are never exported (links in subjects stay masked, as on
 * the page). Parameters: {@code {"status": "FAILED"}} (none for all).
 */
@ApplicationScoped
public class OutboxExport implements TableExport {
  private static final Jsonb JSON = JsonbBuilder.create();
  static final int PAGE = 1000;

  /** What an outbox export is asked for. */
  public static class Params {
    public MailStatus status;
  }

  @Inject TenantDatabase db;
  @Inject ZoneId zone;

  /** The parameters as JSON. */
  public static String params(MailStatus status) {
    Params p = new Params();
    p.status = status;
    return JSON.toJson(p);
  }

  @Override
  public String name() {
    return "outbox";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.TENANT_ADMIN);
  }

  @Override
  public Table table(String params, String language) {
    Params p =
        params == null || params.isBlank() ? new Params() : JSON.fromJson(params, Params.class);
    List<Column> header =
        List.of(
            TableExport.column(language, "outbox.created", Type.DATETIME),
            TableExport.column(language, "outbox.recipient", Type.TEXT),
            TableExport.column(language, "outbox.subject", Type.TEXT),
            TableExport.column(language, "outbox.event", Type.TEXT),
            TableExport.column(language, "outbox.language", Type.TEXT),
            TableExport.column(language, "outbox.status", Type.TEXT),
            TableExport.column(language, "outbox.attempts", Type.INTEGER),
            TableExport.column(language, "outbox.lastError", Type.TEXT),
            TableExport.column(language, "outbox.sent", Type.DATETIME));
    String where = p.status == null ? "" : " AND m.status = :s";
    TypedQuery<Long> counted =
        db.em()
            .createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.id > 0" + where, Long.class);
    long count =
        (p.status == null ? counted : counted.setParameter("s", p.status)).getSingleResult();
    Consumer<Consumer<Object[]>> rows =
        sink -> {
          long before = Long.MAX_VALUE;
          while (true) {
            TypedQuery<Object[]> q =
                db.em()
                    .createQuery(
                        "SELECT m.id, m.createdAt, m.recipient, m.subject, m.event, m.language,"
                            + " m.status, m.attempts, m.lastError, m.sentAt"
                            + " FROM OutboxMessage m WHERE m.id < :before"
                            + where
                            + " ORDER BY m.id DESC",
                        Object[].class)
                    .setParameter("before", before)
                    .setMaxResults(PAGE);
            List<Object[]> page =
                (p.status == null ? q : q.setParameter("s", p.status)).getResultList();
            for (Object[] r : page) {
              sink.accept(
                  new Object[] {
                    time((Instant) r[1]),
                    r[2],
                    LinkMask.mask((String) r[3]),
                    UiTexts.text(language, "mail.event." + ((MailEvent) r[4]).key()),
                    r[5] == null ? null : ((String) r[5]).toUpperCase(java.util.Locale.ROOT),
                    UiTexts.text(language, "outbox.status." + r[6]),
                    ((Number) r[7]).longValue(),
                    r[8],
                    time((Instant) r[9])
                  });
            }
            if (page.size() < PAGE) {
              return;
            }
            before = (Long) page.get(page.size() - 1)[0];
          }
        };
    return new Table(UiTexts.text(language, "export.outbox.title"), header, count, rows);
  }

  private LocalDateTime time(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, zone);
  }
}
