package com.orderpool.platform.control;

import com.orderpool.core.ConflictException;
import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.tenancy.SchemaGate;
import com.orderpool.tenancy.SchemaMigrator;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantPlacement;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Provisioning in steps: put the tenant on a database server in the shard map, create the schema
 * there, migrate it, seed it, and only then write the platform row. If any step fails, the schema
 * this call created is dropped, so no platform row ever points to a broken schema.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantProvisioner {
  private static final Logger LOG = Logger.getLogger(TenantProvisioner.class.getName());

  @Inject SchemaMigrator migrator;
  @Inject SchemaGate gate;
  @Inject PlatformStore store;
  @Inject TenantSeeder seeder;
  @Inject TenantContext tenantContext;
  @Inject Event<AccountLinkIssued> links;
  @Inject TenantPlacement placement;

  public ProvisionResult provision(ProvisionRequest request, List<String> migrations) {
    String code = request.normalizedCode();
    String email = request.normalizedEmail();
    store.assertProvisionable(code, email);
    String server;
    try {
      server = placement.place(code, request.getDbServer());
    } catch (IllegalStateException mappedAlready) {
      throw new ConflictException("code", "tenant.code.schemaExists", code);
    }
    try {
      migrator.createTenantSchema(code);
    } catch (IllegalStateException schemaExists) {
      placement.unplace(code);
      throw new ConflictException("code", "tenant.code.schemaExists", code);
    }
    try {
      migrator.migrateTenant(code, migrations);
      // current as of this build: the seed below writes what the settings pack upgrade would
      gate.recordCurrent(code);
      Map<String, String> settings =
          new HashMap<>(TenantPack.defaultSettings(getClass().getClassLoader()));
      long start =
          request.getNumberStart() != null
              ? request.getNumberStart()
              : OrderSettingsValues.numberStart(settings);
      settings.put(TenantPack.NUMBER_START, Long.toString(start));
      settings.put(TenantProfile.LOCALE, request.getLocale());
      settings.put(TenantProfile.CURRENCY, request.getCurrency());
      putIfGiven(settings, TenantProfile.SELLER_ADDRESS, request.getSellerAddress());
      putIfGiven(settings, TenantProfile.SELLER_VAT_ID, request.getVatId());
      tenantContext.runAs(
          code,
          () -> {
            seeder.seed(settings, start);
            return null;
          });
      String adminName =
          request.getAdminName() == null || request.getAdminName().isBlank()
              ? "Administrator"
              : request.getAdminName().strip();
      String token =
          store.createTenant(
              code,
              request.getCompanyName(),
              request.getLocale(),
              request.getCurrency(),
              email,
              adminName);
      LOG.info(() -> "provisioned tenant " + code + " on database server " + server);
      welcome(code, email, adminName, token);
      return new ProvisionResult(code, email, token);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "provisioning " + code + " failed; dropping its schema", e);
      migrator.dropTenantSchema(code);
      placement.unplace(code);
      throw e;
    }
  }

  /**
   * Queues the admin's welcome e-mail with the set-password link. The tenant exists by now, so a
   * failure here is logged and does not undo the provisioning.
   */
  private void welcome(String code, String email, String name, String token) {
    try {
      links.fire(
          new AccountLinkIssued(
              code,
              email,
              name,
              token,
              AccountLinkIssued.Purpose.INVITATION,
              PlatformStore.TOKEN_VALIDITY,
              null));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "welcome e-mail for tenant " + code + " could not be queued", e);
    }
  }

  private static void putIfGiven(Map<String, String> settings, String key, String value) {
    if (value != null && !value.isBlank()) {
      settings.put(key, value.strip());
    }
  }
}
