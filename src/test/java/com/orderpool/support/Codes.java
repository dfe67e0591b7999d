package com.orderpool.support;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Fresh 3-letter company codes, so tests never depend on each other's tenants. */
public final class Codes {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> USED = ConcurrentHashMap.newKeySet();

  private Codes() {}

  public static String fresh() {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        b.append((char) ('A' + RANDOM.nextInt(26)));
      }
      String code = b.toString();
      if (!code.equals("BFG") && !code.equals("ACM") && USED.add(code)) {
        return code;
      }
    }
  }

  /** Provisions a tenant with a fresh code and returns the code. */
  public static String newTenant(com.orderpool.platform.boundary.PlatformConsole console) {
    String code = fresh();
    console.provision(
        new com.orderpool.platform.boundary.ProvisionRequest(
            "Co " + code, code, email(code, "admin")));
    return code;
  }

  public static String email(String code, String who) {
    return who + "@" + code.toLowerCase() + ".test";
  }
}
