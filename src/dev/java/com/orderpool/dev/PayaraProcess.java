package com.orderpool.dev;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the Orderpool WAR in a child process. */
public final class PayaraProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private PayaraProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts Payara Micro (in a freshly emptied {@code rootDir}) and waits until {@code /health}
   * answers 200.
   *
   * @param settings system properties for the app (orderpool.db.url and friends)
   * @param log where the server's output goes, or null to inherit the console
   * @param console with a log file: where the server's progress lines and errors are also shown
   *     (see {@link ConsoleFilter}), or null for none
   */
  public static PayaraProcess start(
      File payaraJar,
      File war,
      File rootDir,
      int port,
      Map<String, String> settings,
      File log,
      java.io.PrintStream console,
      Duration timeout,
      java.util.function.Consumer<PayaraProcess> onLaunch) {
    return start(
        payaraJar,
        war,
        rootDir,
        port,
        settings,
        List.of("--nocluster"),
        log,
        console,
        timeout,
        onLaunch);
  }

  /**
   * As {@link #start(File, File, File, int, Map, File, java.io.PrintStream, Duration,
   * java.util.function.Consumer) start}, with Payara Micro's Data Grid options given: {@code
   * --nocluster} for a server of its own, or the cluster options of a {@link Cluster} node.
   */
  public static PayaraProcess start(
      File payaraJar,
      File war,
      File rootDir,
      int port,
      Map<String, String> settings,
      List<String> gridOptions,
      File log,
      java.io.PrintStream console,
      Duration timeout,
      java.util.function.Consumer<PayaraProcess> onLaunch) {
    int httpPort = port == 0 ? freePort() : port;
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.add("-Xmx1g");
    cmd.add("-Djava.io.tmpdir=" + rootDir.getAbsolutePath());
    cmd.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    // more JVM options for a run (a profiler's, a bigger heap), separated by spaces
    String extra = System.getenv("ORDERPOOL_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.strip().split("\\s+")));
    }
    settings.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.addAll(
        List.of(
            "-jar",
            payaraJar.getAbsolutePath(),
            "--port",
            Integer.toString(httpPort),
            "--rootDir",
            rootDir.getAbsolutePath(),
            "--contextroot",
            "/",
            "--deploy",
            war.getAbsolutePath()));
    cmd.addAll(gridOptions);
    File preBoot = preBootCommands();
    if (preBoot.isFile()) {
      cmd.addAll(List.of("--prebootcommandfile", preBoot.getAbsolutePath()));
    }
    deleteTree(rootDir.toPath());
    rootDir.mkdirs();
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (log == null) {
      pb.inheritIO();
    } else if (console == null) {
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    }
    try {
      Process p = pb.start();
      if (log != null && console != null) {
        ConsoleFilter.pump(p.getInputStream(), log, console);
      }
      PayaraProcess payara = new PayaraProcess(p, httpPort);
      onLaunch.accept(payara);
      payara.awaitReady(timeout);
      return payara;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Payara Micro", e);
    }
  }

  /**
   * The server settings production uses too (no Server banner, compressed responses): {@code
   * deploy/payara/pre-boot-commands.txt} of the project ({@code orderpool.home}, else the working
   * folder).
   */
  public static File preBootCommands() {
    File home = new File(System.getProperty("orderpool.home", System.getProperty("user.dir")));
    return new File(home, "deploy/payara/pre-boot-commands.txt");
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited with " + process.exitValue());
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(baseUrl() + "/health").toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      sleep(500);
    }
    close();
    throw new IllegalStateException("Payara Micro was not ready within " + timeout);
  }

  /** Ends the server at once, as a crash or a power cut would: no shutdown of any kind. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** Payara's work folder is rebuilt on every start, so an old deployment never lingers. */
  public static void deleteTree(java.nio.file.Path root) {
    if (!java.nio.file.Files.exists(root)) {
      return;
    }
    try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(root)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .map(java.nio.file.Path::toFile)
          .forEach(File::delete);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
