package com.orderpool.core;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Short messages to every node of the cluster: "this key of this channel changed" (a cache entry to
 * drop, a tenant's pools to refresh). Each message is observed as a {@link Received} CDI event on
 * every node: on this one at once, on the caller's thread, and on the others through a topic of the
 * Data Grid (Payara's Hazelcast, JNDI {@value #HAZELCAST}). Only strings travel, so no class of the
 * application is ever deserialised by the grid. A server alone ({@code --nocluster}: Payara Micro
 * still runs a grid, of one member) or without a grid sends nothing to it and delivers on this node
 * only, exactly as a local CDI event would.
 *
 * <p>Messages are not stored: a node that is down or starting misses them (its caches start empty)
 * and a message lost in transit leaves a cache as stale as its own expiry allows, never longer.
 * Observers must be quick and must not assume a tenant context; the message names its tenant.
 */
@ApplicationScoped
public class ClusterBus {
  private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

  /** Where Payara binds its Data Grid's Hazelcast instance. */
  static final String HAZELCAST = "payara/Hazelcast";

  /** The grid topic every node of this application listens on. */
  static final String TOPIC = "orderpool.bus";

  /**
   * A message: which kind of thing changed ({@code channel}, named by its owner, e.g. {@code
   * platform.api-key}) and which one ({@code key}: a tenant code, a key prefix, …).
   */
  public record Received(String channel, String key) {
    /** Whether the message is for this channel. */
    public boolean on(String name) {
      return channel.equals(name);
    }
  }

  /** A change inside a transaction, told to every node once the transaction ends. */
  record Pending(String channel, String key) {}

  @Inject Event<Received> received;
  @Inject Event<Pending> pending;
  @Resource ManagedExecutorService executor;

  /** This node's sender id: a node ignores its own messages coming back from the grid. */
  private final String origin = UUID.randomUUID().toString();

  private volatile HazelcastInstance grid;
  private volatile ITopic<String> topic;
  private volatile UUID listener;

  /**
   * Joins the grid's topic as the application starts, so this node hears from the first message.
   */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    HazelcastInstance found = lookUpGrid();
    if (found == null) {
      LOG.info("Cluster bus: no Data Grid; messages stay on this node");
      return;
    }
    ITopic<String> t = found.getTopic(TOPIC);
    listener = t.addMessageListener(this::arrived);
    grid = found;
    topic = t;
    LOG.info(
        () ->
            "Cluster bus: topic "
                + TOPIC
                + " of Data Grid "
                + found.getConfig().getClusterName()
                + " ("
                + found.getCluster().getMembers().size()
                + " members)");
  }

  @PreDestroy
  void stop() {
    ITopic<String> t = topic;
    UUID id = listener;
    topic = null;
    if (t != null && id != null) {
      try {
        t.removeMessageListener(id);
      } catch (RuntimeException gridGone) {
        LOG.log(Level.FINE, "Cluster bus: the grid went first", gridGone);
      }
    }
  }

  /**
   * Tells every node now: this node's observers run before this returns; other nodes' a moment
   * later. Call it after the change is committed (e.g. from an {@code AFTER_SUCCESS} observer).
   */
  public void send(String channel, String key) {
    ITopic<String> t = topic;
    if (t != null && !alone()) {
      try {
        t.publish(origin + '\n' + channel + '\n' + key);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cluster bus: could not send " + channel + " " + key, e);
      }
    }
    received.fire(new Received(channel, key));
  }

  /**
   * A cached thing changed in the current transaction: this node drops it at once (so the change's
   * own request never sees the old copy), and every node, this one included, drops it again once
   * the transaction ends, committed or not (so no node keeps a copy read before the commit).
   * Without a transaction, both happen now.
   */
  public void changed(String channel, String key) {
    received.fire(new Received(channel, key));
    pending.fire(new Pending(channel, key));
  }

  void ended(@Observes(during = TransactionPhase.AFTER_COMPLETION) Pending p) {
    send(p.channel(), p.key());
  }

  /** Whether this node is the grid's only member (as with {@code --nocluster}) right now. */
  private boolean alone() {
    try {
      return grid.getCluster().getMembers().size() < 2;
    } catch (RuntimeException gridGone) {
      return true;
    }
  }

  /** A message from the grid (on a grid thread): handed to the application's executor. */
  private void arrived(Message<String> message) {
    String[] parts = message.getMessageObject().split("\n", 3);
    if (parts.length != 3 || parts[0].equals(origin)) {
      return;
    }
    Received r = new Received(parts[1], parts[2]);
    try {
      executor.execute(() -> received.fire(r));
    } catch (RejectedExecutionException shuttingDown) {
      LOG.log(Level.FINE, "Cluster bus: not delivered while stopping", shuttingDown);
    }
  }

  /** The Data Grid's instance, or null on a server without one. */
  private static HazelcastInstance lookUpGrid() {
    try {
      Object found = new InitialContext().lookup(HAZELCAST);
      if (found instanceof HazelcastInstance hz && hz.getLifecycleService().isRunning()) {
        return hz;
      }
      return null;
    } catch (NamingException | RuntimeException | LinkageError none) {
      LOG.log(Level.FINE, "Cluster bus: no " + HAZELCAST, none);
      return null;
    }
  }
}
