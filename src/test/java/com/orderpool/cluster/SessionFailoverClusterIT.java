package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.dev.Cluster;
import com.orderpool.dev.LoadBalancer;
import com.orderpool.support.TestEnvironment;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two nodes in one Data Grid behind HAProxy (round robin, no stickiness), as {@code deploy/cluster}
 * starts them: a user signs in through HAProxy, the node that served their page is killed, and on
 * the other node they are still signed in and the page's JSF form (its view state kept in the
 * session) still posts. It runs last of the cluster tests, so the killed node needs no restart.
 */
@Order(Integer.MAX_VALUE)
class SessionFailoverClusterIT {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** The platform console's tenant list: a JSF page with a lazy table and the top bar's form. */
  private static final String TENANTS = "/platform/tenants.xhtml";

  private static Cluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = ClusterFixture.get();
  }

  @Test
  void aSignedInUserKeepsWorkingWhenTheNodeThatServedThemIsKilled() throws Exception {
    Browser user = new Browser(cluster.balancer().baseUrl());
    Answer login = user.get("/login.xhtml");
    assertEquals(200, login.status());
    Answer signedIn =
        user.post(
            "/login.xhtml",
            Map.of(
                "login",
                "login",
                "login:email",
                TestEnvironment.ADMIN_EMAIL,
                "login:password",
                TestEnvironment.ADMIN_PASSWORD,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                login.viewState()),
            false);
    assertFalse(signedIn.isLoginPage(), () -> "signed in, got " + signedIn.uri());
    Answer page = user.get(TENANTS);
    assertFalse(page.isLoginPage(), () -> "the tenant list, got " + page.uri());
    assertTrue(page.body().contains("id=\"tenantsForm\""), "the tenant list");
    assertTrue(page.body().contains("lang=\"en\""), "in English");
    // round robin without stickiness: the session has already crossed from node to node
    assertEquals(
        Set.of("node1", "node2"),
        user.nodesSeen(),
        "both nodes served this session before the kill");

    String served = page.node();
    Cluster.Node victim = cluster.node(served);
    victim.process().kill();
    assertFalse(victim.process().isAlive(), "the node that served the page is gone");

    // the page's form, posted with the view state the killed node made: the language switch
    Answer switched =
        user.post(
            TENANTS,
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "topbar:language",
                "jakarta.faces.partial.execute", "topbar:language",
                "jakarta.faces.behavior.event", "change",
                "jakarta.faces.partial.event", "change",
                "topbar", "topbar",
                "topbar:language_input", "es",
                "jakarta.faces.ViewState", page.viewState()),
            true);
    assertNotEquals(served, switched.node(), "served by the other node");
    assertEquals(200, switched.status());
    assertTrue(
        switched.body().contains("<partial-response"), () -> "an ajax answer: " + switched.body());
    assertFalse(
        switched.body().contains("<redirect") || switched.body().contains("<error"),
        () -> "the view was restored, not expired or sent to login: " + switched.body());

    Answer after = user.get(TENANTS);
    assertNotEquals(served, after.node());
    assertFalse(after.isLoginPage(), () -> "still signed in, got " + after.uri());
    assertTrue(after.body().contains("id=\"tenantsForm\""), "still the tenant list");
    assertTrue(after.body().contains("lang=\"es\""), "the form post took effect: Spanish");
  }

  /** One answer: where it ended up, what it showed, and the node that served it. */
  private record Answer(int status, URI uri, String body, String node) {
    boolean isLoginPage() {
      return uri.getPath().endsWith("/login.xhtml") && body.contains("name=\"login:email\"");
    }

    String viewState() {
      Matcher m = VIEW_STATE.matcher(body);
      assertTrue(m.find(), "a JSF view state on " + uri);
      return m.group(1);
    }
  }

  /** Cookies and redirects like a browser, noting which node served each response. */
  private static final class Browser {
    private final String base;
    private final Set<String> nodes = new LinkedHashSet<>();
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    Browser(String base) {
      this.base = base;
    }

    Set<String> nodesSeen() {
      return nodes;
    }

    Answer get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, Map<String, String> form, boolean ajax)
        throws IOException, InterruptedException {
      List<String> pairs = new ArrayList<>();
      form.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
      if (ajax) {
        b.header("Faces-Request", "partial/ajax");
      }
      return send(b);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
      HttpResponse<String> r =
          client.send(
              request.header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      for (Optional<HttpResponse<String>> x = Optional.of(r);
          x.isPresent();
          x = x.get().previousResponse()) {
        x.get().headers().firstValue(LoadBalancer.NODE_HEADER).ifPresent(nodes::add);
      }
      String node = r.headers().firstValue(LoadBalancer.NODE_HEADER).orElse(null);
      assertNotNull(node, "HAProxy names the node that served " + r.uri());
      return new Answer(r.statusCode(), r.uri(), r.body(), node);
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
