package com.orderpool.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The newest versioned migration in a folder of Flyway scripts ({@code V<version>__name.sql}). */
public final class MigrationVersions {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

  private MigrationVersions() {}

  /** The newest version among the file names, as Flyway orders them ("50", "7.1"). */
  public static Optional<String> latest(Collection<String> fileNames) {
    String best = null;
    for (String name : fileNames) {
      Matcher m = VERSIONED.matcher(name);
      if (m.matches()) {
        String v = m.group(1).replace('_', '.');
        if (best == null || compare(v, best) > 0) {
          best = v;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Compares dotted versions part by part as numbers (1.10 after 1.9, 50 after 9). */
  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  /**
   * The newest version in a class-path folder ({@code db/tenant}), from a directory or a jar; empty
   * when it cannot be listed.
   */
  public static Optional<String> latestOnClassPath(ClassLoader loader, String folder) {
    try {
      List<String> names = new ArrayList<>();
      for (URL url : Collections.list(loader.getResources(folder))) {
        names.addAll(list(url, folder));
      }
      return latest(names);
    } catch (IOException | UncheckedIOException | URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static List<String> list(URL url, String folder) throws IOException, URISyntaxException {
    if ("file".equals(url.getProtocol())) {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        return files.map(p -> p.getFileName().toString()).toList();
      }
    }
    if (url.openConnection() instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      try (JarFile file = jar.getJarFile()) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return file.stream()
            .map(e -> e.getName())
            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
            .map(n -> n.substring(prefix.length()))
            .toList();
      }
    }
    return List.of();
  }
}
