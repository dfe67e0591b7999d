package com.orderpool.platform.control;

import com.orderpool.core.BaseUrl;
import com.orderpool.core.Config;
import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.platform.entity.Tenant;
import com.orderpool.tenancy.SchemaCatchUp;
import com.orderpool.tenancy.SchemaGate;
import com.orderpool.tenancy.SchemaMigrator;
import com.orderpool.tenancy.TenantProfile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * On start: migrate the platform schema, queue the tenant schemas that are behind for a background
 * migration ({@link SchemaCatchUp}; a tenant used before its turn is migrated on first use), create
 * the first platform admin if there is none, and, on the embedded database only, provision the demo
 * tenant packs named in {@code orderpool.demo.packs}.
 */
@Singleton
@Startup
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformBootstrap {
  /** The demo API key's text (set by the embedded run only) and the tenant it belongs to. */
  public static final String DEMO_API_KEY = "orderpool.demo.api-key";

  public static final String DEMO_API_TENANT = "BFG";

  /**
   * The demo SFTP login's password (set by the embedded run only), for {@link #DEMO_API_TENANT}.
   */
  public static final String DEMO_SFTP_PASSWORD = "orderpool.demo.sftp-password";

  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  @Inject SchemaMigrator migrator;
  @Inject PlatformStore store;
  @Inject TenantProvisioner provisioner;
  @Inject SchemaGate gate;
  @Inject SchemaCatchUp catchUp;
  @Inject PlatformAdmins admins;
  @Inject ApiKeys apiKeys;
  @Inject SftpAccounts sftpAccounts;
  @Inject jakarta.enterprise.event.Event<DemoPackProvisioned> demoProvisioned;

  @PostConstruct
  void start() {
    migrator.migratePlatform();
    // only the tenant schemas behind this build, in the background: a tenant used before its turn
    // is migrated by its first use (SchemaGate), so start-up does not grow with the tenants
    List<String> behind = gate.behind();
    catchUp.inBackground(behind);
    LOG.info(
        () ->
            "schemas: platform migrated; "
                + behind.size()
                + " tenant schema(s) behind version "
                + gate.schemaVersion()
                + ", migrating in the background");
    ensurePlatformAdmin();
    if (BaseUrl.configured().isEmpty()) {
      LOG.severe(
          () ->
              BaseUrl.KEY
                  + " (ORDERPOOL_BASE_URL) is not set to an http(s) address: invitation, welcome"
                  + " and password-reset e-mails are refused, as their links are never built from"
                  + " a request's Host header");
    }
    String packs = Config.get("orderpool.demo.packs", "");
    List<String> demo =
        DemoData.packs(
            packs,
            Config.get("orderpool.db.url", ""),
            Config.get(DemoData.EMBEDDED_URL).orElse(null));
    if (demo.isEmpty() && !packs.isBlank()) {
      LOG.warning("demo packs not provisioned: demo data is for the embedded database only");
    }
    demo.forEach(this::ensureDemoPack);
    // the embedded run's demo API key: its text comes from the embedded-only configuration
    Config.get(DEMO_API_KEY)
        .filter(k -> !demo.isEmpty() && store.tenant(DEMO_API_TENANT).isPresent())
        .ifPresent(k -> apiKeys.ensure(DEMO_API_TENANT, "Demo key", k));
    Config.get(DEMO_SFTP_PASSWORD)
        .filter(p -> !demo.isEmpty() && store.tenant(DEMO_API_TENANT).isPresent())
        .ifPresent(p -> sftpAccounts.ensurePassword(DEMO_API_TENANT, p));
  }

  private void ensurePlatformAdmin() {
    if (store.countPlatformAdmins() > 0) {
      return;
    }
    String email = Config.get("orderpool.admin.email", "admin@orderpool.local");
    admins
        .create(email, Config.get("orderpool.admin.password"), PlatformAdmins.dataDir())
        .ifPresentOrElse(
            file ->
                LOG.warning(
                    () ->
                        "Platform admin "
                            + email
                            + " created with a generated password, in "
                            + file
                            + " (readable by this user only); it must be changed at the first"
                            + " sign-in"),
            () ->
                LOG.info(() -> "Platform admin " + email + " created (orderpool.admin.password)"));
  }

  private void ensureDemoPack(String dir) {
    TenantPack pack = TenantPack.load(getClass().getClassLoader(), dir);
    if (store.tenant(pack.code()).isPresent()) {
      return;
    }
    String password = Config.get("orderpool.demo.password", "orderpool-demo");
    ProvisionRequest request = new ProvisionRequest(pack.name(), pack.code(), pack.adminEmail());
    request.setLocale(pack.locale());
    request.setCurrency(pack.currency());
    request.setAdminName(pack.adminName());
    request.setNumberStart(OrderSettingsValues.numberStart(pack.settings()));
    request.setSellerAddress(pack.settings().get(TenantProfile.SELLER_ADDRESS));
    request.setVatId(pack.settings().get(TenantProfile.SELLER_VAT_ID));
    provisioner.provision(request, SchemaMigrator.TENANT_MIGRATIONS);
    store.setPassword(pack.adminEmail(), password);
    Tenant tenant = store.requireTenant(pack.code());
    for (TenantPack.DemoUser u : pack.users()) {
      store.createWithPassword(tenant, u.email(), u.name(), u.role(), password);
    }
    LOG.info(() -> "demo tenant " + pack.code() + " provisioned");
    demoProvisioned.fire(new DemoPackProvisioned(pack.code(), pack.locale()));
  }
}
