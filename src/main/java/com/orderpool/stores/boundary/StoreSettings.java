package com.orderpool.stores.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.imports.control.ImportIntake;
import com.orderpool.imports.control.ImportJobs;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.integration.Problems;
import com.orderpool.stores.control.StoreConnections;
import com.orderpool.stores.control.StoreSelection;
import com.orderpool.stores.control.StoreUnavailableException;
import com.orderpool.stores.control.WooClient;
import com.orderpool.stores.entity.StoreConnection;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The tenant's WooCommerce store (tenant admins): connect it with its address and REST API keys
 * (the key and secret are never shown again, only their last four characters), try the connection,
 * remove it, and import its orders (all, created in a date range, or by id) as an import job that
 * runs in the background like a CSV file.
 */
@Stateless
@Allow(TENANT_ADMIN)
public class StoreSettings {
  @Inject StoreConnections connections;
  @Inject WooClient client;
  @Inject ImportJobs jobs;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** The connection as the page shows it; {@code connected} false when there is none. */
  public record View(
      boolean connected,
      String url,
      String keyEnd,
      String secretEnd,
      boolean enabled,
      Instant lastImportAt,
      String updatedBy,
      Instant updatedAt,
      boolean httpsRequired)
      implements Serializable {}

  /** The answer of a connection test: whether it worked, and a message key with arguments. */
  public record TestResult(boolean ok, String key, Object... args) implements Serializable {}

  public View view() {
    Optional<StoreConnection> c = connections.find();
    if (c.isEmpty()) {
      return new View(false, null, null, null, false, null, null, null, client.requireHttps());
    }
    StoreConnection s = c.get();
    return new View(
        true,
        s.getStoreUrl(),
        StoreConnection.ending(s.getConsumerKey()),
        StoreConnection.ending(s.getConsumerSecret()),
        s.isEnabled(),
        s.getLastImportAt(),
        s.getUpdatedBy(),
        s.getUpdatedAt(),
        client.requireHttps());
  }

  /** Connects the store, or changes its connection (a blank key or secret keeps the stored one). */
  public View save(
      @NotBlank(message = "{store.url.required}") @Size(max = 255, message = "{store.url.size}")
          String url,
      @Size(max = 200, message = "{store.key.size}") String key,
      @Size(max = 200, message = "{store.secret.size}") String secret,
      boolean enabled) {
    String address = url.strip().replaceAll("/+$", "");
    client
        .refusal(address)
        .ifPresent(
            refusal -> {
              throw new BusinessException("url", refusal);
            });
    Optional<StoreConnection> existing = connections.find();
    if (existing.isPresent()) {
      existing.get().change(address, key, secret, enabled, tenant.actor(), clock.instant());
    } else {
      if (key == null || key.isBlank()) {
        throw new BusinessException("key", "store.key.required");
      }
      if (secret == null || secret.isBlank()) {
        throw new BusinessException("secret", "store.secret.required");
      }
      StoreConnection added =
          new StoreConnection(
              address, key.strip(), secret.strip(), tenant.actor(), clock.instant());
      added.change(address, null, null, enabled, tenant.actor(), clock.instant());
      connections.add(added);
    }
    return view();
  }

  /** Asks the store for one order; says whether it answered and how many orders it has. */
  public TestResult test() {
    StoreConnection c = connections.require();
    try {
      return new TestResult(true, "store.test.ok", client.test(c));
    } catch (StoreUnavailableException e) {
      return new TestResult(false, e.messageKey(), e.args());
    }
  }

  /** Removes the connection (its key and secret are forgotten; imported orders stay). */
  public void remove() {
    connections.remove();
  }

  /** Queues an import of all the store's orders; its messages come in {@code language}. */
  public ImportJob importAll(Locale language) {
    return importOrders(StoreSelection.all(), language);
  }

  /** Queues an import of the orders created from one day to another (both included). */
  public ImportJob importRange(LocalDate from, LocalDate to, Locale language) {
    return importOrders(StoreSelection.range(from, to), language);
  }

  /** Queues an import of the orders with these ids (separated by commas or spaces). */
  public ImportJob importIds(
      @Size(max = 10_000, message = "{store.import.ids.tooLong}") String ids, Locale language) {
    return importOrders(StoreSelection.ids(ids), language);
  }

  private ImportJob importOrders(StoreSelection selection, Locale language) {
    StoreConnection c = connections.require();
    if (!c.isEnabled()) {
      throw new BusinessException(null, "store.disabled");
    }
    String lang = ImportIntake.language(language);
    String title =
        Problems.inLanguage(
            Locale.forLanguageTag(lang),
            () ->
                switch (selection.kind()) {
                  case ALL -> Problems.text("store.job.all");
                  case RANGE ->
                      Problems.text(
                          "store.job.range",
                          selection.from() == null ? "…" : selection.from().toString(),
                          selection.to() == null ? "…" : selection.to().toString());
                  case IDS -> Problems.text("store.job.ids", ids(selection));
                });
    return jobs.submit(
        ImportJob.fromStore(title, selection.asText(), lang, tenant.actor(), clock.instant()));
  }

  private static String ids(StoreSelection selection) {
    String all = String.join(", ", selection.ids().stream().map(String::valueOf).toList());
    return all.length() <= 200 ? all : all.substring(0, 199) + "…";
  }
}
