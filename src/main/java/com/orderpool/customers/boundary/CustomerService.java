package com.orderpool.customers.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.customers.entity.Customer;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's customer directory: search by the start of a name, e-mail or company, most
 * recent buyers first, one customer by id, and its VAT ID and trusted mark.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class CustomerService {
  private static final String WHERE =
      " WHERE (:p IS NULL OR c.name LIKE :p OR c.email LIKE :p OR c.company LIKE :p)";

  @Inject TenantDatabase db;

  public List<CustomerRow> search(@NotNull PageRequest page) {
    List<Customer> customers =
        bind(
                db.em()
                    .createQuery(
                        "SELECT c FROM Customer c"
                            + WHERE
                            + " ORDER BY c.lastOrderAt DESC, c.id DESC",
                        Customer.class),
                page.search())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    if (customers.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> counts = new HashMap<>();
    db.em()
        .createQuery(
            "SELECT o.customerId, COUNT(o) FROM Order o WHERE o.customerId IN :ids"
                + " GROUP BY o.customerId",
            Object[].class)
        .setParameter("ids", customers.stream().map(Customer::getId).toList())
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return customers.stream()
        .map(c -> new CustomerRow(c, counts.getOrDefault(c.getId(), 0L)))
        .toList();
  }

  public long count(String search) {
    return bind(
            db.em().createQuery("SELECT COUNT(c) FROM Customer c" + WHERE, Long.class),
            new PageRequest(0, 1, null, false, search).search())
        .getSingleResult();
  }

  public Customer get(long id) {
    Customer c = db.em().find(Customer.class, id);
    if (c == null) {
      throw new NotFoundException("customer", id);
    }
    return c;
  }

  /**
   * Sets or clears a customer's VAT ID (2 to 20 letters and digits once spaces, dots and dashes are
   * dropped). Invoices issued from then on carry it; issued ones never change.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Customer setVatId(long id, @Size(max = 32) String vatId) {
    String v = Customer.normaliseVatId(vatId);
    if (v != null && !v.matches("[A-Z0-9]{2,20}")) {
      throw new BusinessException("vatId", "customer.vatId.invalid");
    }
    Customer c = get(id);
    c.setVatId(v);
    return c;
  }

  /**
   * Marks a customer trusted or not: a trusted customer's unpaid orders may ship before payment
   * when the tenant allows it (shipping setting {@code shipping.before-payment}).
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Customer setTrusted(long id, boolean trusted) {
    Customer c = get(id);
    c.setTrusted(trusted);
    return c;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, String search) {
    return q.setParameter("p", search == null ? null : PageRequest.prefixPattern(search));
  }
}
