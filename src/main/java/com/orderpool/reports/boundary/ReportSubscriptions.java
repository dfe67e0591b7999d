package com.orderpool.reports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.reports.control.DuePeriods;
import com.orderpool.reports.control.RegisterCatalog;
import com.orderpool.reports.control.RegisterTexts;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.reports.control.SubscriptionStore;
import com.orderpool.reports.entity.Frequency;
import com.orderpool.reports.entity.ReportSubscription;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.OrderpoolPrincipal;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in person's scheduled reports: a report e-mailed to them each month (on the 1st, for
 * the month before) or each week (on Monday, for the week before), in a format and language of
 * their choice. A subscription is a personal preference, not business data: it changes nothing in
 * the books and only sends its owner what they may already download, so accountants, who may
 * otherwise only read, manage their own. Everyone sees and removes only their own subscriptions;
 * anyone else's, in this tenant or another, is not found. It needs a person: the system caller has
 * no subscriptions.
 */
@Allow({TENANT_ADMIN, ACCOUNTANT})
@Stateless
public class ReportSubscriptions {
  public static final String DUPLICATE = "reports.subscriptions.duplicate";

  @Inject SubscriptionStore store;
  @Inject RegisterCatalog catalog;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** A subscription as its owner sees it, with the report's title in the page's language. */
  public record Row(
      long id,
      String report,
      String title,
      ReportFormat format,
      Frequency frequency,
      String language,
      String currency,
      LocalDate nextDelivery)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** My subscriptions, oldest first, titled in {@code language}. */
  public List<Row> mine(String language) {
    LocalDate today = today();
    return store.of(subscriber()).stream().map(s -> row(s, language, today)).toList();
  }

  /**
   * Subscribes me to a report of the catalog in a format, frequency and language ({@code en} or
   * {@code es}), optionally for one currency. The first report goes out at the next period
   * boundary. The same report, format and frequency twice is refused ({@value #DUPLICATE}).
   */
  public Row subscribe(
      @NotNull String report,
      @NotNull ReportFormat format,
      @NotNull Frequency frequency,
      @NotNull String language,
      String currency) {
    String me = subscriber();
    if (catalog.find(report).isEmpty()) {
      throw new BusinessException("report", "reports.subscriptions.unknownReport", report);
    }
    String lang = language.strip().toLowerCase(Locale.ROOT);
    if (!lang.equals("en") && !lang.equals("es")) {
      throw new BusinessException("language", "reports.subscriptions.language", language);
    }
    String cur =
        currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
    if (cur != null && !cur.matches("[A-Z]{3}")) {
      throw new BusinessException("currency", "reports.subscriptions.currency", currency);
    }
    if (store.find(me, report, format.name(), frequency).isPresent()) {
      throw new BusinessException("report", DUPLICATE);
    }
    ReportSubscription s;
    try {
      s = store.create(me, report, format, frequency, lang, cur, tenant.actor());
    } catch (PersistenceException raced) {
      // the unique key: the same subscription was added at the same moment
      throw new BusinessException("report", DUPLICATE);
    }
    return row(s, lang, today());
  }

  /** Ends one of my subscriptions; anyone else's (or an unknown id) is not found. */
  public void unsubscribe(long id) {
    String me = subscriber();
    ReportSubscription s =
        store
            .find(id)
            .filter(found -> found.isOwnedBy(me))
            .orElseThrow(() -> new NotFoundException("reportSubscription", id));
    store.remove(s);
  }

  private Row row(ReportSubscription s, String language, LocalDate today) {
    return new Row(
        s.getId(),
        s.getReport(),
        RegisterTexts.of(s.getReport(), language).title(),
        ReportFormat.valueOf(s.getFormat()),
        s.getFrequency(),
        s.getLanguage(),
        s.getCurrency(),
        DuePeriods.nextDelivery(s.getFrequency(), s.getLastPeriod(), today));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /** The signed-in person; the system caller has no subscriptions of its own. */
  private String subscriber() {
    return tenant.principal().map(OrderpoolPrincipal::getName).orElseThrow(ForbiddenException::new);
  }
}
