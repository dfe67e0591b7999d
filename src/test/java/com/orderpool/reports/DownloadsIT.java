package com.orderpool.reports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.TableWriter;
import com.orderpool.files.DownloadStore;
import com.orderpool.orders.BulkOrderLoader;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.PoolExport;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.platform.entity.Role;
import com.orderpool.reports.boundary.Downloads;
import com.orderpool.reports.control.DownloadJobs;
import com.orderpool.reports.entity.DownloadJob;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import com.orderpool.support.Transactions;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Long reports and exports: a report over 10,000 rows becomes a job whose file only the user who
 * asked for it can download, at most two jobs run at once per tenant, an expired file is deleted,
 * and an export of the pool has the pool's filter and visible columns.
 */
class DownloadsIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject OrderService orders;
  @Inject Downloads downloads;
  @Inject DownloadJobs jobs;
  @Inject DownloadStore store;
  @Inject TenantDatabase db;
  @Inject Transactions tx;
  @Inject TenantRunner runner;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource ds;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
  }

  /** A tenant with an accountant who can sign in; returns the accountant's e-mail. */
  private String accountant(String code, String who) {
    String email = Codes.email(code, who);
    accounts.setPassword(
        as(code, () -> users.invite(email, "Alba " + who, Role.ACCOUNTANT)),
        "accountant pw 1",
        "accountant pw 1");
    return email;
  }

  @Test
  void aLongReportBecomesAJobWhoseFileOnlyItsOwnerGets() throws Exception {
    String code = Codes.fresh();
    ProvisionResult tenant =
        console.provision(
            new ProvisionRequest("Company " + code, code, Codes.email(code, "admin")));
    String alba = accountant(code, "alba");
    String bruno = accountant(code, "bruno");
    BulkOrderLoader.load(ds, TenantSchema.of(code), code, 10_500);

    WebSession albaWeb = WebSession.signIn(base(), alba, "accountant pw 1");
    WebSession.Page sent =
        albaWeb.get("/files/reports/orders.csv?from=2023-01-01&to=2027-01-01&lang=en");
    assertEquals(200, sent.status());
    assertTrue(sent.uri().getPath().endsWith("/downloads/downloads.xhtml"), sent.uri().toString());
    long id = Long.parseLong(sent.uri().getQuery().replaceAll("\\D", ""));

    DownloadJob done = awaitDone(code, alba, id);
    assertEquals(DownloadJob.Status.DONE, done.getStatus(), "error: " + done.getError());
    assertEquals(10_500, done.getRowsDone());
    WebSession.Download file = albaWeb.download("/files/downloads/" + id);
    assertEquals(200, file.status());
    assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
    List<List<String>> records = CsvRecords.parse(file.text().substring(1));
    assertEquals(10_501, records.size(), "the header and every order");
    assertTrue(albaWeb.get("/downloads/downloads.xhtml").body().contains("/files/downloads/" + id));

    WebSession brunoWeb = WebSession.signIn(base(), bruno, "accountant pw 1");
    assertEquals(404, brunoWeb.download("/files/downloads/" + id).status(), "another user");
    assertFalse(
        brunoWeb.get("/downloads/downloads.xhtml").body().contains("/files/downloads/" + id));
    String other = Codes.fresh();
    console.provision(new ProvisionRequest("Company " + other, other, Codes.email(other, "admin")));
    WebSession stranger = WebSession.signIn(base(), accountant(other, "carla"), "accountant pw 1");
    assertEquals(404, stranger.download("/files/downloads/" + id).status(), "another tenant");
    assertThrows(
        Exception.class, () -> as(other, () -> jobs.mine(alba, id)), "another tenant's id");
    assertTrue(tenant.adminEmail().contains(code.toLowerCase()));
  }

  private DownloadJob awaitDone(String code, String owner, long id) throws InterruptedException {
    long until = System.currentTimeMillis() + 90_000;
    while (true) {
      DownloadJob j = as(code, () -> jobs.mine(owner, id));
      if (j.getStatus() == DownloadJob.Status.DONE
          || j.getStatus() == DownloadJob.Status.FAILED
          || System.currentTimeMillis() > until) {
        return j;
      }
      Thread.sleep(300);
    }
  }

  @Test
  void atMostTwoJobsRunAtOncePerTenantAndTheRestWaitTheirTurn() {
    String code = Codes.newTenant(console);
    List<Long> ids =
        as(
            code,
            () ->
                tx.committing(
                    () -> {
                      List<Long> made = new java.util.ArrayList<>();
                      for (int i = 0; i < 3; i++) {
                        DownloadJob j =
                            new DownloadJob(
                                "ana@" + code.toLowerCase() + ".test",
                                DownloadJob.Kind.REPORT,
                                "orders",
                                "CSV",
                                "{\"from\":\"2026-01-01\",\"to\":\"2026-02-01\",\"lang\":\"en\"}",
                                "Orders " + i,
                                0,
                                Instant.now());
                        db.em().persist(j);
                        db.em().flush();
                        made.add(j.getId());
                      }
                      return made;
                    }));
    Optional<Long> first = as(code, () -> jobs.claimNext());
    Optional<Long> second = as(code, () -> jobs.claimNext());
    Optional<Long> third = as(code, () -> jobs.claimNext());
    assertEquals(Optional.of(ids.get(0)), first, "the oldest first");
    assertEquals(Optional.of(ids.get(1)), second);
    assertEquals(Optional.empty(), third, "two run: the third waits");
    DownloadJob waiting =
        as(code, () -> jobs.mine("ana@" + code.toLowerCase() + ".test", ids.get(2)));
    assertEquals(DownloadJob.Status.QUEUED, waiting.getStatus());
    assertEquals(0, (long) as(code, () -> jobs.placeInQueue(waiting)), "next in line");
  }

  @Test
  void anExpiredFileIsDeletedWithItsJob() throws Exception {
    String code = Codes.newTenant(console);
    String owner = "ana@" + code.toLowerCase() + ".test";
    String key = store.newKey("csv");
    Path file = store.path(code, key);
    Files.writeString(file, "a,b\r\n");
    long id =
        as(
            code,
            () ->
                tx.committing(
                    () -> {
                      DownloadJob j =
                          new DownloadJob(
                              owner,
                              DownloadJob.Kind.EXPORT,
                              "pool",
                              "CSV",
                              "{}",
                              "Pool",
                              1,
                              Instant.now().minus(java.time.Duration.ofDays(9)));
                      j.done(
                          key, "pool.csv", 5, 1, Instant.now().minus(java.time.Duration.ofDays(8)));
                      db.em().persist(j);
                      db.em().flush();
                      return j.getId();
                    }));
    as(code, () -> jobs.tidy());
    assertFalse(Files.exists(file), "the file is gone");
    assertInstanceOf(
        NotFoundException.class,
        unwrap(assertThrows(Exception.class, () -> as(code, () -> jobs.mine(owner, id)))));
  }

  @Test
  void thePoolExportHasThePoolsFilterAndVisibleColumns() {
    String code = Codes.newTenant(console);
    for (String model : List.of("Derby", "Oxford", "Oxford")) {
      var cmd = TestMoney.priced(Codes.email(code, "ann"), "100.00");
      cmd.setModel(model);
      as(code, () -> orders.create(cmd));
    }
    PoolFilter filter = new PoolFilter();
    filter.setModel("Oxford");
    String params = PoolExport.params(filter, List.of("invoice", "wipStart", "currency"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = as(code, () -> downloads.export("pool", TableWriter.Format.CSV, params, "en", out));
    assertEquals(2, rows, "the two Oxfords");
    List<List<String>> records =
        CsvRecords.parse(
            new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).substring(1));
    List<String> header = records.get(0);
    assertTrue(header.contains("Model") && header.contains("Order"), header.toString());
    assertFalse(header.contains("Invoice") || header.contains("Currency"), "hidden: " + header);
    assertEquals(3, records.size());
    assertTrue(records.get(1).contains("Oxford"));
    assertTrue(records.get(1).contains("121.00"), records.get(1).toString());
  }

  @Test
  void customersAndOutboxExportTheirPagesListOfTheirTenantOnlyAndTheOutboxToAdminsOnly() {
    String code = Codes.newTenant(console);
    for (String who : List.of("annie", "annie", "bert")) {
      var cmd = TestMoney.priced(Codes.email(code, who), "50.00");
      cmd.setCustomerName(who.equals("bert") ? "Bert Ruiz" : "Annie Vidal");
      as(code, () -> orders.create(cmd));
    }
    String other = Codes.newTenant(console);

    String params = com.orderpool.customers.control.CustomerExport.params("Annie");
    List<List<String>> customers = csv(code, "customers", params);
    assertEquals(2, customers.size(), "a header and Annie: " + customers);
    assertTrue(customers.get(0).containsAll(List.of("Name", "E-mail", "VAT ID", "Orders")));
    List<String> annie = customers.get(1);
    assertTrue(annie.contains(Codes.email(code, "annie")), annie.toString());
    assertEquals("2", annie.get(customers.get(0).indexOf("Orders")), "her two orders");
    assertEquals(
        3,
        csv(code, "customers", com.orderpool.customers.control.CustomerExport.params(null)).size(),
        "no search: both customers");
    assertEquals(1, csv(other, "customers", params).size(), "another tenant: the header only");

    String all = com.orderpool.notifications.control.OutboxExport.params(null);
    List<List<String>> outbox = csv(code, "outbox", all);
    assertEquals(
        5, outbox.size(), "a header, the admin's invitation, three confirmations: " + outbox);
    assertTrue(outbox.get(0).containsAll(List.of("Recipient", "Subject", "Status")));
    assertTrue(outbox.stream().anyMatch(r -> r.contains(Codes.email(code, "bert"))));
    String failed =
        com.orderpool.notifications.control.OutboxExport.params(
            com.orderpool.notifications.entity.MailStatus.FAILED);
    assertEquals(1, csv(code, "outbox", failed).size(), "none failed");
    assertTrue(
        csv(other, "outbox", all).stream().noneMatch(r -> r.contains(Codes.email(code, "bert"))),
        "another tenant never sees these e-mails");

    String staff = Codes.email(code, "staff");
    accounts.setPassword(
        as(code, () -> users.invite(staff, "Sam Staff", Role.STAFF)),
        "staff password 1",
        "staff password 1");
    WebSession sam = WebSession.signIn(base(), staff, "staff password 1");
    assertEquals(
        2L,
        com.orderpool.support.AsCaller.call(
            sam,
            () ->
                downloads.exportSize(
                    "customers", com.orderpool.customers.control.CustomerExport.params(""), "en")),
        "staff may export customers");
    assertInstanceOf(
        com.orderpool.core.ForbiddenException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    com.orderpool.support.AsCaller.call(
                        sam, () -> downloads.exportSize("outbox", all, "en")))),
        "the outbox is the admins'");
  }

  private List<List<String>> csv(String code, String name, String params) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    as(code, () -> downloads.export(name, TableWriter.Format.CSV, params, "en", out));
    return CsvRecords.parse(
        new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).substring(1));
  }
}
