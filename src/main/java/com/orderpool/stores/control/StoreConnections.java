package com.orderpool.stores.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.stores.entity.StoreConnection;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The current tenant's store connection (at most one): read, saved, removed, last import. */
@ApplicationScoped
@Transactional
public class StoreConnections {
  @Inject TenantDatabase db;
  @Inject TenantProfile profile;

  /** The tenant's currency: a store order in another one is not imported. */
  public String tenantCurrency() {
    return profile.currency();
  }

  public Optional<StoreConnection> find() {
    return db
        .em()
        .createQuery("SELECT c FROM StoreConnection c WHERE c.platform = :p", StoreConnection.class)
        .setParameter("p", StoreConnection.WOOCOMMERCE)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The connection; none is "not found". */
  public StoreConnection require() {
    return find().orElseThrow(() -> new NotFoundException("store connection", "woocommerce"));
  }

  public StoreConnection add(StoreConnection connection) {
    db.em().persist(connection);
    db.em().flush();
    return connection;
  }

  public void remove() {
    db.em().remove(require());
  }

  /** Notes when an import of the store ended (in a transaction of its own). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void imported(Instant now) {
    find().ifPresent(c -> c.imported(now));
  }
}
