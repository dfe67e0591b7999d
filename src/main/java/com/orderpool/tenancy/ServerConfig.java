package com.orderpool.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The database servers named in the configuration: {@code orderpool.db.servers=main,second} with
 * {@code orderpool.db.server.second.url|user|password} for each one but the default, {@value
 * #DEFAULT}, which is {@code orderpool.db.*}. A server whose {@code placement} is {@code manual}
 * gets new tenants only when the platform admin picks it.
 */
public record ServerConfig(
    String name, String url, String user, String password, int maxPool, boolean automatic) {
  public static final String DEFAULT = "main";
  public static final String LIST_KEY = "orderpool.db.servers";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /** The server names, the default first, each once; a malformed name fails. */
  public static List<String> names(String list) {
    List<String> names = new ArrayList<>(List.of(DEFAULT));
    if (list != null) {
      for (String raw : list.split(",")) {
        String n = raw.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty() || names.contains(n)) {
          continue;
        }
        if (!NAME.matcher(n).matches()) {
          throw new IllegalArgumentException(LIST_KEY + ": not a server name: " + raw);
        }
        names.add(n);
      }
    }
    return List.copyOf(names);
  }

  /** The key of one of a server's settings, such as {@code orderpool.db.server.second.url}. */
  public static String key(String server, String setting) {
    return DEFAULT.equals(server)
        ? "orderpool.db." + setting
        : "orderpool.db.server." + server + "." + setting;
  }

  /** A server's settings read through {@code config}; a server without a URL fails. */
  public static ServerConfig read(String server, Function<String, Optional<String>> config) {
    String url =
        config
            .apply(key(server, "url"))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "database server " + server + ": no " + key(server, "url")));
    return new ServerConfig(
        server,
        url,
        config.apply(key(server, "user")).orElse(null),
        config.apply(key(server, "password")).orElse(null),
        config.apply(key(server, "max-pool")).map(Integer::parseInt).orElse(40),
        !"manual".equals(config.apply(key(server, "placement")).orElse("automatic")));
  }

  @Override
  public String toString() {
    return "ServerConfig[" + name + ", " + url + "]"; // never the password
  }
}
