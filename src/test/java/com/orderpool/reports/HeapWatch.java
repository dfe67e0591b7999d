package com.orderpool.reports;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The server's heap while a piece of work runs (the benchmark runs in the server's JVM): the
 * baseline is the heap after a full collection; the growth is the largest heap seen right after a
 * collection during the work (what the work keeps alive) minus the baseline; the peak is the
 * largest heap sampled at any moment (live data plus garbage not yet collected).
 */
final class HeapWatch implements NotificationListener, AutoCloseable {
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final long baseline;
  private volatile long maxAfterGc;
  private volatile long maxSampled;
  private volatile int collections;

  HeapWatch() {
    System.gc();
    baseline = used();
    maxAfterGc = baseline;
    maxSampled = baseline;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Notes the heap now (call it often while the work runs). */
  void sample() {
    maxSampled = Math.max(maxSampled, used());
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
    long heap =
        after.entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey()))
            .mapToLong(e -> e.getValue().getUsed())
            .sum();
    maxAfterGc = Math.max(maxAfterGc, heap);
    collections++;
  }

  /** The largest heap after a collection during the work, minus the baseline, in MiB. */
  double growthMiB() {
    return (maxAfterGc - baseline) / 1048576.0;
  }

  /** The largest heap sampled during the work, minus the baseline, in MiB. */
  double peakMiB() {
    return (maxSampled - baseline) / 1048576.0;
  }

  int collections() {
    return collections;
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // not registered on this collector
      }
    }
  }
}
