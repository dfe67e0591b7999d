package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every boundary (EJB or REST resource in a {@code boundary} package)
 * declares who may call it: {@link Allow} on the method or its class, or {@code @PermitAll} where
 * that is meant. A new method without a declaration fails the build.
 */
class BoundaryAccessTest {
  private static final Set<String> ROLES =
      Set.of(
          Roles.PLATFORM_ADMIN,
          Roles.TENANT_ADMIN,
          Roles.STAFF,
          Roles.ACCOUNTANT,
          Roles.PASSWORD_CHANGE_REQUIRED);

  /**
   * The only doors open to anyone: signing in, forgotten and new passwords, provider callbacks, and
   * the order API's resources, whose gate authenticates the API key before the system-only boundary
   * ({@code ApiOrders}) is called.
   */
  private static final Set<String> OPEN =
      Set.of(
          "AccountService.login",
          "AccountService.requestPasswordReset",
          "AccountService.tokenOwner",
          "AccountService.setPassword",
          "PspCallbacks.receive",
          "PspCallbacks.isRecorded",
          "PspCallbackResource.*",
          "OrdersResource.*",
          "OrderResource.*",
          "StatusesResource.*",
          "InvoicesResource.*",
          "ImportsResource.*");

  @Test
  void everyPublicBoundaryMethodDeclaresItsCallers() {
    List<Class<?>> boundaries = boundaries();
    assertTrue(boundaries.size() >= 25, "found the boundaries: " + boundaries);
    List<String> undeclared = new ArrayList<>();
    Set<String> open = new TreeSet<>();
    for (Class<?> type : boundaries) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())
            || Modifier.isStatic(m.getModifiers())
            || m.isSynthetic()) {
          continue;
        }
        String name = type.getSimpleName() + "." + m.getName();
        Allow allow = AccessRule.declaration(m);
        if (m.isAnnotationPresent(PermitAll.class)) {
          open.add(name);
        } else if (type.isAnnotationPresent(PermitAll.class) && allow == null) {
          open.add(type.getSimpleName() + ".*");
        } else if (allow == null) {
          undeclared.add(name);
        } else {
          for (String role : allow.value()) {
            assertTrue(ROLES.contains(role), name + " names an unknown role " + role);
          }
        }
      }
    }
    assertEquals(List.of(), undeclared, "public boundary methods without a role declaration");
    assertEquals(new TreeSet<>(OPEN), open, "methods open to anyone");
  }

  @Test
  void theRuleDeniesByDefaultAndLetsSystemWorkThrough() throws Exception {
    Method read = Sample.class.getMethod("read");
    Method write = Sample.class.getMethod("write");
    Method open = Sample.class.getMethod("open");
    Method bare = Undeclared.class.getMethod("bare");
    assertTrue(AccessRule.permits(read, false, Roles.ACCOUNTANT::equals));
    assertFalse(AccessRule.permits(write, false, Roles.ACCOUNTANT::equals), "method wins");
    assertTrue(AccessRule.permits(write, false, Roles.STAFF::equals));
    assertFalse(AccessRule.permits(read, false, r -> false), "no role, no call");
    assertTrue(AccessRule.permits(write, true, r -> false), "system work");
    assertTrue(AccessRule.permits(open, false, r -> false));
    assertFalse(AccessRule.permits(bare, false, r -> true), "no declaration: denied");
    assertFalse(AccessRule.permits(bare, true, r -> true), "not even for system work");
  }

  @Allow({Roles.TENANT_ADMIN, Roles.STAFF, Roles.ACCOUNTANT})
  static class Sample {
    public void read() {}

    @Allow({Roles.TENANT_ADMIN, Roles.STAFF})
    public void write() {}

    @PermitAll
    public void open() {}
  }

  static class Undeclared {
    public void bare() {}
  }

  private static List<Class<?>> boundaries() {
    try {
      // the main classes (not the test classes, which share the package names)
      var root =
          Paths.get(AccessRule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .resolve("com/orderpool");
      List<Class<?>> found = new ArrayList<>();
      try (Stream<java.nio.file.Path> files = Files.walk(root)) {
        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
          String rel = root.relativize(f).toString().replace('\\', '/');
          if (!rel.matches("[a-z]+/boundary/[A-Za-z0-9]+\\.class")) {
            continue;
          }
          Class<?> c =
              Class.forName(
                  "com.orderpool." + rel.replace(".class", "").replace('/', '.'),
                  false,
                  AccessRule.class.getClassLoader());
          if (c.isAnnotationPresent(Stateless.class)
              || c.isAnnotationPresent(Singleton.class)
              || c.isAnnotationPresent(Path.class)) {
            found.add(c);
          }
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
