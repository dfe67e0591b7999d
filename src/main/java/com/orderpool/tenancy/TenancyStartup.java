package com.orderpool.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes the application-scoped tenancy beans that hold container resources (the transaction
 * registry, the persistence unit, the data sources, the default executor) while the application
 * starts, on the deployment's own thread. Their resources are injected once, when they are made;
 * made first on the thread of an executor of ours (an SFTP upload, an import), the injection found
 * nothing. Start-up used to make them by touching every tenant; it no longer touches any.
 */
@Singleton
@Startup
public class TenancyStartup {
  private static final Logger LOG = Logger.getLogger(TenancyStartup.class.getName());

  @Inject TenantDatabase db;
  @Inject TenantUnits units;
  @Inject DueWork dueWork;
  @Inject SchemaGate gate;
  @Inject PersistenceUnits persistenceUnits;
  @Inject SchemaMigrator migrator;
  @Inject DbServers servers;

  @PostConstruct
  void make() {
    units.busyPerMinute();
    gate.schemaVersion();
    if (!db.ready()
        || !dueWork.ready()
        || !persistenceUnits.resolve()
        || !migrator.ready()
        || !servers.ready()
        || !units.ready()) {
      LOG.severe("tenancy beans made without their container resources");
    }
  }
}
