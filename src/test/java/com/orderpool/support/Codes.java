package com.orderpool.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Fresh 3-letter company codes, so tests never depend on each other's tenants. */
public final class Codes {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> USED = ConcurrentHashMap.newKeySet();

  /**
   * Currency codes are never handed out: a company called "Co EUR" would put "EUR" into documents
   * whose tests prove that no amount or currency is printed.
   */
  private static final Set<String> CURRENCIES =
      java.util.Currency.getAvailableCurrencies().stream()
          .map(java.util.Currency::getCurrencyCode)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private Codes() {}

  /**
   * A company code no test has used in this build. The test JVM and every Payara started for the
   * tests share one database, so the codes handed out are also recorded in a file under the build
   * folder ({@code orderpool.buildDir}), locked while a code is picked.
   */
  public static synchronized String fresh() {
    String buildDir = System.getProperty("orderpool.buildDir");
    if (buildDir == null) {
      return pick(USED);
    }
    Path registry = Path.of(buildDir, "test-tenant-codes.txt");
    try (FileChannel channel =
            FileChannel.open(
                registry,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Set<String> used = new HashSet<>(USED);
      ByteBuffer content = ByteBuffer.allocate((int) channel.size());
      channel.read(content, 0);
      used.addAll(List.of(new String(content.array(), StandardCharsets.US_ASCII).split("\\s+")));
      String code = pick(used);
      USED.add(code);
      channel.write(
          ByteBuffer.wrap((code + "\n").getBytes(StandardCharsets.US_ASCII)), channel.size());
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reserve a tenant code in " + registry, e);
    }
  }

  private static String pick(Set<String> used) {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        b.append((char) ('A' + RANDOM.nextInt(26)));
      }
      String code = b.toString();
      if (!code.equals("BFG")
          && !code.equals("ACM")
          && !CURRENCIES.contains(code)
          && !used.contains(code)) {
        used.add(code);
        return code;
      }
    }
  }

  /** Provisions a tenant with a fresh code and returns the code. */
  public static String newTenant(com.orderpool.platform.boundary.PlatformConsole console) {
    String code = fresh();
    console.provision(
        new com.orderpool.platform.control.ProvisionRequest(
            "Co " + code, code, email(code, "admin")));
    return code;
  }

  public static String email(String code, String who) {
    return who + "@" + code.toLowerCase() + ".test";
  }
}
