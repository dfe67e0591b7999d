package com.orderpool.webhooks.control;

import com.orderpool.core.Config;
import com.orderpool.platform.control.DemoData;
import com.orderpool.webhooks.entity.RetryPlan;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How webhooks are delivered on this node, from configuration:
 *
 * <ul>
 *   <li>{@value #RETRY_PLAN}: the waits before each attempt (default {@code
 *       0s,5s,5m,30m,2h,5h,10h,14h,20h,24h});
 *   <li>{@value #DISABLE_AFTER}: failed attempts in a row that switch an endpoint off (20);
 *   <li>{@value #ALLOW_LOOPBACK} and {@value #REQUIRE_HTTPS}: on the embedded database (deploy/run)
 *       loopback receivers and plain http are allowed, elsewhere neither, unless set;
 *   <li>{@value #SECRET_OVERLAP}: how long a rotated secret keeps signing (24h);
 *   <li>{@value #LEASE}: how long a claimed delivery is left to its node before another node may
 *       send it, the wait after a node dies mid-attempt (2m; at least {@link #MIN_LEASE}, longer
 *       than any attempt: connect 5 s, 15 s in all).
 * </ul>
 *
 * Operations (and tests) may change the plan, the loopback allowance and pause the relay at run
 * time on a node.
 */
@ApplicationScoped
public class WebhookSettings {
  public static final String RETRY_PLAN = "orderpool.webhooks.retry-plan";
  public static final String DISABLE_AFTER = "orderpool.webhooks.disable-after";
  public static final String ALLOW_LOOPBACK = "orderpool.webhooks.allow-loopback";
  public static final String REQUIRE_HTTPS = "orderpool.webhooks.require-https";
  public static final String SECRET_OVERLAP = "orderpool.webhooks.secret-overlap";
  public static final String LEASE = "orderpool.webhooks.lease";
  static final Duration MIN_LEASE = Duration.ofSeconds(30);

  private volatile RetryPlan plan;
  private volatile int disableAfter;
  private volatile boolean allowLoopback;
  private volatile boolean requireHttps;
  private volatile Duration overlap;
  private volatile Duration lease;
  private volatile boolean paused;

  @PostConstruct
  void read() {
    boolean embedded =
        DemoData.allowed(
            Config.get("orderpool.db.url", ""), Config.get(DemoData.EMBEDDED_URL).orElse(null));
    plan = Config.get(RETRY_PLAN).map(RetryPlan::parse).orElse(RetryPlan.STANDARD);
    disableAfter = Math.max(1, Integer.parseInt(Config.get(DISABLE_AFTER, "20").strip()));
    allowLoopback = Boolean.parseBoolean(Config.get(ALLOW_LOOPBACK, String.valueOf(embedded)));
    requireHttps = Boolean.parseBoolean(Config.get(REQUIRE_HTTPS, String.valueOf(!embedded)));
    overlap = RetryPlan.parse(Config.get(SECRET_OVERLAP, "24h")).waits().get(0);
    Duration configured = RetryPlan.parse(Config.get(LEASE, "2m")).waits().get(0);
    lease = configured.compareTo(MIN_LEASE) < 0 ? MIN_LEASE : configured;
  }

  public RetryPlan retryPlan() {
    return plan;
  }

  public int disableAfter() {
    return disableAfter;
  }

  public boolean allowLoopback() {
    return allowLoopback;
  }

  public boolean requireHttps() {
    return requireHttps;
  }

  public Duration secretOverlap() {
    return overlap;
  }

  /** How long a claimed delivery is left to the node that claimed it. */
  public Duration lease() {
    return lease;
  }

  /** True while the relay is paused on this node: deliveries wait (due) until it resumes. */
  public boolean paused() {
    return paused;
  }

  public void useRetryPlan(RetryPlan plan) {
    this.plan = plan;
  }

  public void useDisableAfter(int failures) {
    this.disableAfter = Math.max(1, failures);
  }

  public void allowLoopback(boolean allowed) {
    this.allowLoopback = allowed;
  }

  public void pause(boolean paused) {
    this.paused = paused;
  }
}
