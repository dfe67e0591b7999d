package com.orderpool.payments.control;

import com.orderpool.customers.entity.Customer;
import com.orderpool.payments.entity.CustomerCredit;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** A customer's credit account in the tenant's currency: entries and their balance. */
@ApplicationScoped
public class CreditLedger {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  public BigDecimal balance(long customerId) {
    BigDecimal sum =
        db.em()
            .createQuery(
                "SELECT SUM(c.amount) FROM CustomerCredit c WHERE c.customerId = :c",
                BigDecimal.class)
            .setParameter("c", customerId)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }

  /**
   * The balance, read under a lock on the customer's row so that two payments with credit cannot
   * both spend it.
   */
  public BigDecimal lockedBalance(long customerId) {
    db.em().find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    return balance(customerId);
  }

  public List<CustomerCredit> entries(long customerId) {
    return db.em()
        .createQuery(
            "SELECT c FROM CustomerCredit c WHERE c.customerId = :c ORDER BY c.createdAt DESC,"
                + " c.id DESC",
            CustomerCredit.class)
        .setParameter("c", customerId)
        .getResultList();
  }

  public CustomerCredit add(
      long customerId,
      BigDecimal amount,
      String currency,
      Long creditNoteId,
      Long orderId,
      String note) {
    CustomerCredit entry =
        new CustomerCredit(
            customerId,
            amount,
            currency,
            creditNoteId,
            orderId,
            note,
            clock.instant(),
            tenant.actor());
    db.em().persist(entry);
    return entry;
  }
}
