package com.orderpool;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map (ARCHITECTURE.md, sections 3 and 6), checked on the compiled main classes. A new
 * edge that the map does not allow fails the build: either it is a back-edge to remove (call the
 * lower context's control, or observe its event), or the map changes here, with its reason.
 */
class PackageMapTest {
  private static final String BASE = "com.orderpool";

  /**
   * Each context and the contexts it may depend on, lowest first: a row names only rows above it,
   * so the map itself has no cycle. Lower contexts tell higher ones about changes with CDI events
   * (the event type lives in the lower context, the observer in the higher one).
   */
  private static final Map<String, Set<String>> MAP = new LinkedHashMap<>();

  static {
    // shared kernel: business exceptions, paging, addresses, configuration, the clock, and the
    // cluster bus (every context's caches and pushes reach the other nodes through it)
    row("core");
    // who the tenant is, the tenant-bound EntityManager, schema naming and migration
    row("tenancy", "core");
    // shared UI bits (layout helpers, messages, lazy lists); open to web layers only, see below
    row("web", "core");
    // the REST foundation (application, problem+json, request bodies); open to boundaries and web
    row("integration", "core");
    // files on disk per tenant (attachments, logos): the folder is named by the tenant's schema
    row("files", "core", "tenancy");
    // the customer directory, below orders: an arriving order is matched to its customer. The
    // customer page gets its order figures and credit from orders' and payments' web beans
    row("customers", "core", "tenancy");
    // the order aggregate; its attachments are files, its customer comes from the directory (whose
    // trusted mark lets an unpaid order go into production on account)
    row("orders", "core", "tenancy", "files", "customers");
    // provisioning seeds a tenant's statuses and order counter; the console counts orders, and
    // its usage page measures each tenant's folder of files
    row("platform", "core", "tenancy", "files", "orders");
    // e-mails about orders and accounts, in the tenant's name (platform's tenant directory)
    row("notifications", "core", "tenancy", "orders", "platform");
    // document designs and branding (tenant name, logo file); the reports page offers the
    // tenant's order statuses as a filter. Registers come from their own contexts through
    // core.Register, so reports reads no other context's data. Subscribed reports are e-mailed
    // through notifications' outbox (TeamMails), in the transaction that claims the period
    row("reports", "core", "tenancy", "files", "orders", "platform", "notifications");
    // payments of orders, customer credit, reminders by e-mail, provider callbacks per tenant
    row("payments", "core", "tenancy", "customers", "orders", "platform", "notifications");
    // shipments of orders and of paid groups: the order keeps its tracking, the customer gets
    // Track & trace or Order sent through notifications; an unpaid order ships only on account
    // (orders' OnAccount: a trusted customer of a tenant that ships before payment); packing slips
    // are filled into the tenant's design by reports (as invoices are)
    row("shipping", "core", "tenancy", "customers", "orders", "notifications", "reports");
    // tasks, memos and tickets on orders; assignees are platform users; ticket replies by e-mail
    row("collaboration", "core", "tenancy", "orders", "platform", "notifications");
    // invoices of orders: refunds and group payments go through payments (which tells invoicing
    // of a paid order by an event), documents are rendered by reports and sent by notifications
    // (an invoice copies the customer's VAT ID from the directory)
    row(
        "invoicing",
        "core",
        "tenancy",
        "customers",
        "orders",
        "payments",
        "notifications",
        "reports");
    // returns of shipped orders: refunds and store credit are credit notes of invoicing, a
    // replacement is a new order (sent the way the customer chose), a repair moves the order back
    // into production; the customer hears of a received return through notifications
    row(
        "returns",
        "core",
        "tenancy",
        "orders",
        "notifications",
        "payments",
        "shipping",
        "invoicing");
    // outbound webhooks: observe the events of orders, payments, shipping, invoicing and returns
    // and write signed deliveries to their own outbox in the event's transaction; an endpoint that
    // switches itself off is told to the tenant's admins (platform's directory) by e-mail through
    // notifications' outbox (TeamMails); the embedded run (platform's DemoData) allows loopback
    row(
        "webhooks",
        "core",
        "tenancy",
        "orders",
        "platform",
        "notifications",
        "payments",
        "shipping",
        "invoicing",
        "returns");
    // partners (suppliers, fulfilment providers) orders are passed to: orders are read and their
    // history written through orders' control, the partner e-mails go through notifications'
    // outbox with the tenant's templates (rendered in orders' e-mail model), and a cancellation is
    // told to partners by observing orders' OrderCancelled; a partner's webhook channel queues
    // signed deliveries in webhooks' outbox (and observes a delivery given up), and a partner's
    // API key is issued through platform's keys
    row("partners", "core", "tenancy", "orders", "platform", "notifications", "webhooks");
    // the order API for tenants' machines: keys are platform's; orders are placed, moved, paid and
    // shipped through the boundaries of orders, payments and shipping (the same rules as the
    // pages); invoices are listed and rendered through invoicing; a key bound to a partner sees
    // only the orders submitted to it (partners' records), rendered as partners see them
    row(
        "api",
        "core",
        "tenancy",
        "orders",
        "platform",
        "payments",
        "shipping",
        "invoicing",
        "partners");
    // orders in by CSV file: read into the API's order body (api's reader, so a file and a call
    // follow the same rules), placed through orders' service with the shipping method named
    // (shipping), files kept in the tenant's storage (files), jobs of every active tenant
    // (platform); a missing expected file is told to the admins by e-mail (notifications)
    row(
        "imports",
        "core",
        "tenancy",
        "files",
        "orders",
        "platform",
        "shipping",
        "api",
        "notifications");
    // the tenant's online store (WooCommerce): its orders are imported as import jobs of imports
    // (the same machinery, duplicates and result page), checked by api's order body reader and
    // placed through orders' service; outbound calls use webhooks' AddressGuard (the same SSRF
    // rule); the embedded run (platform's DemoData) allows loopback and plain http
    row("stores", "core", "tenancy", "orders", "platform", "imports", "api", "webhooks");
    // demo data for the embedded database: fills a new demo tenant through every context's services
    // (and gives its admin a scheduled report through reports' control: a subscription is a
    // person's, which the system caller cannot take out through the boundary; and a payment that
    // failed at a provider through payments' control, as no one records one by hand; and a partner
    // with a few orders submitted to it through partners' boundaries)
    row(
        "demo",
        "core",
        "tenancy",
        "customers",
        "orders",
        "platform",
        "payments",
        "collaboration",
        "invoicing",
        "reports",
        "shipping",
        "returns",
        "imports",
        "partners");
  }

  /** Technical packages open to every context's outer layers (not counted as context edges). */
  private static final Map<String, List<String>> SHARED =
      Map.of(
          "web", List.of("web", "security"),
          "integration", List.of("boundary", "web", "security"));

  /**
   * Layers inside a context, inner first. A class may use its own layer and the inner ones, in its
   * own context or in a lower context the map allows; never an outer layer of any context. So a
   * control never calls a boundary (its own or another context's): it uses the other context's
   * control or observes its events. A boundary may call a lower context's boundary (whose access
   * rule then applies too), though its control is preferred. {@code security} (authentication, page
   * guard) is web tier.
   */
  private static final List<List<String>> LAYERS =
      List.of(
          List.of("entity"), List.of("control"), List.of("boundary"), List.of("web", "security"));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void everyContextIsOnTheMap() {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : classes) {
      String rest = c.getPackageName().substring(BASE.length());
      if (rest.startsWith(".")) {
        found.add(rest.substring(1).split("\\.")[0]);
      }
    }
    assertTrue(found.size() >= 10, "found the contexts: " + found);
    assertEquals(new TreeSet<>(MAP.keySet()), found, "contexts on the map vs. in the code");
  }

  @Test
  void contextsUseOnlyWhatTheMapAllows() {
    List<ArchRule> rules = new ArrayList<>();
    for (String context : MAP.keySet()) {
      List<String> forbidden = new ArrayList<>();
      for (String other : MAP.keySet()) {
        if (!other.equals(context)
            && !MAP.get(context).contains(other)
            && !SHARED.containsKey(other)) {
          forbidden.add(BASE + "." + other + "..");
        }
      }
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(BASE + "." + context + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden.toArray(String[]::new))
              .as(context + " uses only " + new TreeSet<>(MAP.get(context)) + " (see MAP)"));
    }
    checkAll(rules);
  }

  @Test
  void sharedPackagesServeOnlyTheOuterLayers() {
    List<ArchRule> rules = new ArrayList<>();
    SHARED.forEach(
        (shared, layers) -> {
          List<String> users = new ArrayList<>();
          users.add(BASE + "." + shared + "..");
          layers.forEach(l -> users.add(BASE + ".*." + l + ".."));
          rules.add(
              noClasses()
                  .that()
                  .resideOutsideOfPackages(users.toArray(String[]::new))
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage(BASE + "." + shared + "..")
                  .because(shared + " is for the " + layers + " layers of a context"));
        });
    checkAll(rules);
  }

  @Test
  void layersPointInward() {
    List<ArchRule> rules = new ArrayList<>();
    for (int inner = 0; inner < LAYERS.size() - 1; inner++) {
      List<String> outer = new ArrayList<>();
      for (List<String> rank : LAYERS.subList(inner + 1, LAYERS.size())) {
        rank.forEach(l -> outer.add(BASE + ".*." + l + ".."));
      }
      for (String layer : LAYERS.get(inner)) {
        rules.add(
            noClasses()
                .that()
                .resideInAPackage(BASE + ".*." + layer + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(outer.toArray(String[]::new))
                .because("a " + layer + " uses only inner layers: entity, control, boundary, web"));
      }
    }
    checkAll(rules);
  }

  @Test
  void platformEntitiesStayInPlatform() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".platform..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".platform.entity..")
        .because(
            "tenants, accounts and tokens are read through platform's control (TenantDirectory)")
        .check(classes);
  }

  @Test
  void contextsAreFreeOfCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theMapItselfPointsDownward() {
    List<String> above = new ArrayList<>();
    MAP.forEach(
        (context, uses) -> {
          for (String used : uses) {
            assertTrue(above.contains(used), context + " may use only rows above it: " + used);
          }
          above.add(context);
        });
  }

  /** Checks every rule and reports all violations at once. */
  private static void checkAll(List<ArchRule> rules) {
    CompositeArchRule.of(rules).check(classes);
  }

  private static void row(String context, String... mayUse) {
    MAP.put(context, Set.of(mayUse));
  }
}
