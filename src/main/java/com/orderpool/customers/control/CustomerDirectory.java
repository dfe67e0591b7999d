package com.orderpool.customers.control;

import com.orderpool.core.Address;
import com.orderpool.customers.entity.Customer;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Matches an arriving order's customer by e-mail, creating the customer on first sight. Callers
 * hold the tenant's order-number lock, so two orders never create the same customer at once. Tells
 * other contexts whether a customer is trusted.
 */
@ApplicationScoped
public class CustomerDirectory {
  @Inject TenantDatabase db;

  public Customer matchOrCreate(
      String email,
      String name,
      String phone,
      String company,
      String language,
      Address billing,
      Address shipping,
      Instant at) {
    String key = Customer.normaliseEmail(email);
    Customer c =
        db.em()
            .createQuery("SELECT c FROM Customer c WHERE c.email = :e", Customer.class)
            .setParameter("e", key)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (c == null) {
      c = new Customer(key, name, at);
      db.em().persist(c);
    }
    c.orderArrived(name, phone, company, language, billing, shipping, at);
    db.em().flush();
    return c;
  }

  /** Whether the customer is trusted (may get orders shipped before payment); none is not. */
  public boolean isTrusted(Long customerId) {
    if (customerId == null) {
      return false;
    }
    Customer c = db.em().find(Customer.class, customerId);
    return c != null && c.isTrusted();
  }
}
