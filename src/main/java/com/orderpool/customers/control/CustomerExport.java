package com.orderpool.customers.control;

import com.orderpool.core.Address;
import com.orderpool.core.PageRequest;
import com.orderpool.core.TableExport;
import com.orderpool.core.TableWriter.Column;
import com.orderpool.core.TableWriter.Type;
import com.orderpool.core.UiTexts;
import com.orderpool.customers.entity.Customer;
import com.orderpool.tenancy.Roles;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The customers list as a file: the customers the page's search finds, oldest first, with their
 * contact, VAT ID, billing place, number of orders and last order. Parameters: {@code {"search":
 * "..."}} (the start of a name, e-mail or company; none for all).
 */
@ApplicationScoped
public class CustomerExport implements TableExport {
  private static final Jsonb JSON = JsonbBuilder.create();
  static final int PAGE = 1000;
  private static final String WHERE =
      " (:p IS NULL OR c.name LIKE :p OR c.email LIKE :p OR c.company LIKE :p)";

  /** What a customers export is asked for. */
  public static class Params {
    public String search;
  }

  @Inject TenantDatabase db;
  @Inject ZoneId zone;

  /** The parameters as JSON. */
  public static String params(String search) {
    Params p = new Params();
    p.search = search == null || search.isBlank() ? null : search.strip();
    return JSON.toJson(p);
  }

  @Override
  public String name() {
    return "customers";
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.TENANT_ADMIN, Roles.STAFF, Roles.ACCOUNTANT);
  }

  @Override
  public Table table(String params, String language) {
    Params p =
        params == null || params.isBlank() ? new Params() : JSON.fromJson(params, Params.class);
    String pattern = p.search == null ? null : PageRequest.prefixPattern(p.search);
    List<Column> header =
        List.of(
            TableExport.column(language, "customer.name", Type.TEXT),
            TableExport.column(language, "customer.email", Type.TEXT),
            TableExport.column(language, "customer.company", Type.TEXT),
            TableExport.column(language, "address.phone", Type.TEXT),
            TableExport.column(language, "customer.vatId", Type.TEXT),
            TableExport.column(language, "address.city", Type.TEXT),
            TableExport.column(language, "address.country", Type.TEXT),
            TableExport.column(language, "customer.orders", Type.INTEGER),
            TableExport.column(language, "customer.since", Type.DATE),
            TableExport.column(language, "customer.lastOrder", Type.DATE));
    long count =
        db.em()
            .createQuery("SELECT COUNT(c) FROM Customer c WHERE" + WHERE, Long.class)
            .setParameter("p", pattern)
            .getSingleResult();
    Locale locale = Locale.forLanguageTag(language);
    Consumer<Consumer<Object[]>> rows =
        sink -> {
          long after = 0;
          List<Customer> page = page(pattern, after);
          while (!page.isEmpty()) {
            Map<Long, Long> orders = orderCounts(page);
            for (Customer c : page) {
              Address billing = c.getBilling();
              sink.accept(
                  new Object[] {
                    c.getName(),
                    c.getEmail(),
                    c.getCompany(),
                    c.getPhone(),
                    c.getVatId(),
                    billing == null ? null : billing.getCity(),
                    billing == null ? null : billing.countryName(locale),
                    orders.getOrDefault(c.getId(), 0L),
                    day(c.getCreatedAt()),
                    day(c.getLastOrderAt())
                  });
            }
            after = page.get(page.size() - 1).getId();
            db.em().clear();
            page = page.size() < PAGE ? List.of() : page(pattern, after);
          }
        };
    return new Table(UiTexts.text(language, "export.customers.title"), header, count, rows);
  }

  private List<Customer> page(String pattern, long after) {
    return db.em()
        .createQuery(
            "SELECT c FROM Customer c WHERE c.id > :after AND" + WHERE + " ORDER BY c.id",
            Customer.class)
        .setParameter("after", after)
        .setParameter("p", pattern)
        .setMaxResults(PAGE)
        .getResultList();
  }

  private Map<Long, Long> orderCounts(List<Customer> page) {
    Map<Long, Long> counts = new HashMap<>();
    db.em()
        .createQuery(
            "SELECT o.customerId, COUNT(o) FROM Order o WHERE o.customerId IN :ids"
                + " GROUP BY o.customerId",
            Object[].class)
        .setParameter("ids", page.stream().map(Customer::getId).toList())
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }

  private LocalDate day(Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, zone);
  }
}
