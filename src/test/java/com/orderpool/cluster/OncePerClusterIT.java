package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.dev.Cluster;
import com.orderpool.support.Browser;
import com.orderpool.support.MailInbox;
import com.orderpool.support.UiTenants;
import com.orderpool.webhooks.Receiver;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Background work that both nodes run on the same schedule is done once per due item: the webhook
 * relay (every 10 s on each node, plus a nudge on the node that committed the event) and the
 * payment reminders (every 5 s here, on both nodes at the same second).
 */
class OncePerClusterIT {
  private static Cluster cluster;
  private static ClusterTenants.Tenant tenant;
  private static ClusterApi api;

  @BeforeAll
  static void start() {
    cluster = ClusterFixture.get();
    tenant = ClusterFixture.tenant();
    api = new ClusterApi(cluster.balancer().baseUrl(), tenant.apiKey());
  }

  @Test
  void oneDeliveryPerWebhookEventAcrossBothNodes() throws Exception {
    try (Receiver receiver = Receiver.ok()) {
      onSettingsPage(
          browser -> {
            browser.click("#addEndpoint");
            browser.type("#endpointForm\\:url", receiver.url());
            browser.type("#endpointForm\\:description", "Cluster receiver");
            browser.click("#endpointForm\\:saveEndpoint");
            browser.waitForText("Copy this secret now");
            browser.click("#secretForm\\:secretDone");
          });
      try {
        deliveredOnce(receiver);
      } finally {
        // the later tests' orders would go to a receiver that is gone
        onSettingsPage(
            browser -> {
              browser.click("#endpointsForm\\:endpoints\\:0\\:delete");
              browser.confirmYes();
              browser.waitForText("No endpoints yet");
            });
      }
    }
  }

  private static void deliveredOnce(Receiver receiver) throws Exception {
    String run = "hook-" + System.nanoTime() + "-";
    List<ClusterApi.Placed> placed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      placed.add(api.place(run + i, "hook" + i + "@customer.example", Duration.ofMinutes(1)));
    }
    assertEquals(
        2,
        placed.stream().map(ClusterApi.Placed::node).distinct().count(),
        "both nodes took orders, so both made events");
    for (ClusterApi.Placed p : placed) {
      receiver.await(Receiver.bodyContains(p.number()), 1, Duration.ofSeconds(90));
    }
    // two more sweeps of both nodes' relays, and any retry the plan would make
    Thread.sleep(25_000);

    Map<String, Long> perId =
        receiver.requests().stream()
            .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
    perId.forEach((id, n) -> assertEquals(1L, n, () -> "event " + id + " delivered once"));
    for (ClusterApi.Placed p : placed) {
      long created =
          receiver.requests().stream()
              .filter(r -> r.body().contains("\"order.created\""))
              .filter(r -> r.body().contains("\"" + p.number() + "\""))
              .count();
      assertEquals(1, created, () -> "one order.created delivery for " + p.number());
    }
  }

  @Test
  void oneReminderPerDueOrderAcrossBothNodes() throws Exception {
    String run = "remind-" + System.nanoTime() + "-";
    Map<String, String> emailByNumber = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      String email = "remind" + i + "-" + System.nanoTime() + "@customer.example";
      ClusterApi.Placed p = api.place(run + i, email, Duration.ofMinutes(1));
      emailByNumber.put(p.number(), email);
    }
    // unpaid for eight days: past the tenant's seven reminder days
    try (Connection db = ClusterTenants.database();
        PreparedStatement q =
            db.prepareStatement(
                "UPDATE "
                    + tenant.schema()
                    + ".customer_order SET created_at = created_at - INTERVAL 8 DAY"
                    + " WHERE external_reference LIKE ?")) {
      q.setString(1, run + "%");
      assertEquals(12, q.executeUpdate());
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (remindersSent(run).values().stream().anyMatch(n -> n == 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    // at least three more runs of both nodes' timers (every 5 s), and the mails relayed
    Thread.sleep(20_000);

    Map<String, Integer> sent = remindersSent(run);
    assertEquals(12, sent.size());
    sent.forEach((number, n) -> assertEquals(1, n, () -> number + " reminded once"));
    for (Map.Entry<String, String> e : emailByNumber.entrySet()) {
      List<MimeMessage> reminders = reminders(e.getValue());
      assertEquals(
          1, reminders.size(), () -> "one reminder e-mail for " + e.getKey() + " at the server");
      assertTrue(subject(reminders.get(0)).contains(e.getKey()));
    }
    assertEquals(12, loggedReminders(), "the nodes' logs account for the 12 reminders");
  }

  /** Signs in as the tenant's admin through HAProxy and works on the webhook settings page. */
  private static void onSettingsPage(java.util.function.Consumer<Browser> steps) {
    Browser browser = new Browser(cluster.balancer().baseUrl());
    try {
      UiTenants.login(browser, tenant.adminEmail(), tenant.password());
      browser.waitForText("Workshop " + tenant.code());
      browser.open("/settings/webhooks.xhtml");
      steps.accept(browser);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("cluster-webhook-failure");
      throw e;
    } finally {
      browser.close();
    }
  }

  /** reminders_sent by order number, for this run's orders. */
  private static Map<String, Integer> remindersSent(String run) throws Exception {
    Map<String, Integer> sent = new HashMap<>();
    try (Connection db = ClusterTenants.database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT order_number, reminders_sent FROM "
                    + tenant.schema()
                    + ".customer_order WHERE external_reference LIKE ?")) {
      q.setString(1, run + "%");
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          sent.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return sent;
  }

  private static List<MimeMessage> reminders(String email) {
    return MailInbox.of(email).stream()
        .filter(m -> subject(m).startsWith("Reminder: order"))
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The reminders the nodes logged sending for this test's tenant. */
  private static int loggedReminders() throws IOException {
    Pattern line = Pattern.compile("payment reminders of " + tenant.code() + ": (\\d+)");
    Function<Cluster.Node, Integer> sum =
        n -> {
          try {
            Matcher m =
                line.matcher(Files.readString(n.log().toPath(), StandardCharsets.ISO_8859_1));
            int total = 0;
            while (m.find()) {
              total += Integer.parseInt(m.group(1));
            }
            return total;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    return cluster.nodes().stream().mapToInt(sum::apply).sum();
  }
}
