package com.orderpool.payments.control;

import com.orderpool.customers.entity.Customer;
import com.orderpool.orders.entity.Order;
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

  /**
   * Gives back the credit an order was paid with and has not had back yet, at most {@code upTo}
   * (what was taken back from the order), as a new entry; returns the amount given back (zero when
   * the order was not paid with credit).
   */
  public BigDecimal giveBackSpentOn(Order order, BigDecimal upTo, String note) {
    if (order.getCustomerId() == null || upTo.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal net =
        db.em()
            .createQuery(
                "SELECT SUM(c.amount) FROM CustomerCredit c WHERE c.customerId = :c"
                    + " AND c.orderId = :o AND c.creditNoteId IS NULL",
                BigDecimal.class)
            .setParameter("c", order.getCustomerId())
            .setParameter("o", order.getId())
            .getSingleResult();
    if (net == null || net.signum() >= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal back = net.negate().min(upTo);
    add(order.getCustomerId(), back, order.getCurrency(), null, order.getId(), note);
    return back;
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
