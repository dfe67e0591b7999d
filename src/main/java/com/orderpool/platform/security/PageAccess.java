package com.orderpool.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which roles may open which folder of pages. Pages outside these folders need only a login. */
public final class PageAccess {
  /** A folder and the roles that may open it. */
  public record Rule(String prefix, Set<String> roles) {}

  private static final Set<String> TENANT = Set.of("TENANT_ADMIN", "STAFF", "ACCOUNTANT");
  private static final List<Rule> RULES =
      List.of(
          new Rule("/platform/", Set.of("PLATFORM_ADMIN")),
          new Rule("/orders/", TENANT),
          new Rule("/customers/", TENANT),
          new Rule("/collaboration/", TENANT),
          new Rule("/payments/", TENANT),
          new Rule("/files/", TENANT),
          new Rule("/users/", Set.of("TENANT_ADMIN")),
          new Rule("/settings/", Set.of("TENANT_ADMIN")));

  private PageAccess() {}

  public static Optional<Rule> ruleFor(String path) {
    return RULES.stream().filter(r -> path.startsWith(r.prefix())).findFirst();
  }
}
