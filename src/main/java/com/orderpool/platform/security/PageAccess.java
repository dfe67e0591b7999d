package com.orderpool.platform.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which roles may open which folder of pages. Pages outside these folders need only a login. Rules
 * match the decoded servlet path after {@link #normalise}: one spelling of a path, whatever way the
 * request wrote it ({@code %75sers}, {@code //users}, {@code /./users}, {@code ;jsessionid=}, upper
 * case, {@code ..}).
 */
public final class PageAccess {
  /** A folder and the roles that may open it. */
  public record Rule(String folder, Set<String> roles) {
    boolean covers(String path) {
      return path.equals(folder) || path.startsWith(folder + "/");
    }
  }

  private static final Set<String> TENANT = Set.of("TENANT_ADMIN", "STAFF", "ACCOUNTANT");
  private static final List<Rule> RULES =
      List.of(
          new Rule("/platform", Set.of("PLATFORM_ADMIN")),
          new Rule("/orders", TENANT),
          new Rule("/customers", TENANT),
          new Rule("/collaboration", TENANT),
          new Rule("/payments", TENANT),
          new Rule("/returns", TENANT),
          new Rule("/imports", TENANT),
          new Rule("/files/reports", Set.of("TENANT_ADMIN", "ACCOUNTANT")),
          new Rule("/files", TENANT),
          new Rule("/reports", Set.of("TENANT_ADMIN", "ACCOUNTANT")),
          new Rule("/downloads", TENANT),
          new Rule("/users", Set.of("TENANT_ADMIN")),
          new Rule("/settings", Set.of("TENANT_ADMIN")),
          // only for a session signed in with a generated password (see FirstSignIn)
          new Rule(FirstSignIn.PAGE, Set.of(FirstSignIn.ROLE)));

  private PageAccess() {}

  /** The rule for a normalised path (see {@link #normalise}). */
  public static Optional<Rule> ruleFor(String path) {
    return RULES.stream().filter(r -> r.covers(path)).findFirst();
  }

  /**
   * One spelling of a request path, for matching: the container's decoded servlet path and path
   * info joined, path parameters ({@code ;jsessionid=…}) dropped, empty and {@code .} segments
   * removed, {@code ..} resolved, in lower case. Empty when the path climbs above the root.
   */
  public static Optional<String> normalise(String servletPath, String pathInfo) {
    String raw = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : raw.replace('\\', '/').split("/")) {
      int params = segment.indexOf(';');
      String s = params >= 0 ? segment.substring(0, params) : segment;
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.removeLast();
        continue;
      }
      segments.addLast(s.toLowerCase(Locale.ROOT));
    }
    return Optional.of("/" + String.join("/", segments));
  }
}
