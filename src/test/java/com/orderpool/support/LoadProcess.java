package com.orderpool.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@link HttpLoad} in a JVM of its own, so the load generator's threads, garbage and JIT do not
 * live in the server it measures (they still share the machine's cores). The benchmark starts it
 * with the server's {@code java} on the build's test classes; it POSTs a JSON body whose {@code
 * REF} placeholders become the request's own reference ({@code <tag>-<n>}), with a bearer key per
 * client (client i uses key i % keys) and a fresh Idempotency-Key each when asked. It ends after a
 * time or a number of requests, and writes what {@link HttpLoad.Result} holds to a file the
 * benchmark reads back.
 */
public final class LoadProcess {
  private LoadProcess() {}

  /** What to send: where, with which keys and body, how often and how long. */
  public record Plan(
      String url,
      List<String> keys,
      String bodyTemplate,
      boolean idempotency,
      int clients,
      Duration time,
      long count,
      double rate,
      String tag) {}

  /** Runs a plan in a new JVM and waits for it. */
  public static HttpLoad.Result run(Plan plan) {
    try {
      // under the build folder (it holds the bench tenants' keys), removed once read
      Path bench = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
      Path dir = Files.createTempDirectory(Files.createDirectories(bench), "load-");
      Path keys = Files.write(dir.resolve("keys"), plan.keys(), StandardCharsets.UTF_8);
      Path body = Files.writeString(dir.resolve("body"), plan.bodyTemplate());
      Path out = dir.resolve("result");
      String java = ProcessHandle.current().info().command().orElse("java");
      File classes = new File(System.getProperty("orderpool.buildDir", "target"), "test-classes");
      Process p =
          new ProcessBuilder(
                  java,
                  "-Xmx256m",
                  "-cp",
                  classes.getAbsolutePath(),
                  LoadProcess.class.getName(),
                  plan.url(),
                  keys.toString(),
                  body.toString(),
                  String.valueOf(plan.idempotency()),
                  String.valueOf(plan.clients()),
                  String.valueOf(plan.time().toMillis()),
                  String.valueOf(plan.count()),
                  String.valueOf(plan.rate()),
                  plan.tag(),
                  out.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("log").toFile())
              .start();
      if (!p.waitFor(plan.time().toMillis() + 600_000, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("load generator did not end; see " + dir);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "load generator failed: " + Files.readString(dir.resolve("log")));
      }
      HttpLoad.Result r = read(out);
      for (String f : List.of("keys", "body", "result", "log")) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.delete(dir);
      return r;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    String url = args[0];
    List<String> keys = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    String template = Files.readString(Path.of(args[2]));
    boolean idempotency = Boolean.parseBoolean(args[3]);
    int clients = Integer.parseInt(args[4]);
    Duration time = Duration.ofMillis(Long.parseLong(args[5]));
    long count = Long.parseLong(args[6]);
    double rate = Double.parseDouble(args[7]);
    String tag = args[8];
    HttpLoad.Requests requests =
        (client, n) ->
            HttpLoad.postJson(
                url,
                keys.get(client % keys.size()),
                idempotency ? UUID.randomUUID().toString() : null,
                template.replace("REF", tag + "-" + n));
    HttpLoad.Result r = HttpLoad.run(clients, count, time, rate, requests, 201);
    write(r, Path.of(args[9]));
  }

  private static void write(HttpLoad.Result r, Path out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append(r.clients())
        .append(' ')
        .append(r.ok())
        .append(' ')
        .append(r.errors())
        .append(' ')
        .append(r.seconds())
        .append('\n');
    r.statuses().forEach((k, v) -> s.append(k).append('=').append(v).append(' '));
    s.append('\n').append(r.firstError() == null ? "" : r.firstError().replace('\n', ' '));
    s.append('\n');
    for (double ms : r.sortedMs()) {
      s.append(ms).append('\n');
    }
    Files.writeString(out, s, StandardCharsets.UTF_8);
  }

  private static HttpLoad.Result read(Path in) throws IOException {
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    String[] head = lines.get(0).split(" ");
    Map<Integer, Long> statuses = new TreeMap<>();
    for (String kv : lines.get(1).strip().split(" ")) {
      if (!kv.isEmpty()) {
        String[] p = kv.split("=");
        statuses.put(Integer.parseInt(p[0]), Long.parseLong(p[1]));
      }
    }
    String firstError = lines.get(2).isEmpty() ? null : lines.get(2);
    double[] ms =
        lines.subList(3, lines.size()).stream()
            .filter(l -> !l.isEmpty())
            .mapToDouble(Double::parseDouble)
            .toArray();
    Arrays.sort(ms);
    return new HttpLoad.Result(
        Integer.parseInt(head[0]),
        Long.parseLong(head[1]),
        Long.parseLong(head[2]),
        Double.parseDouble(head[3]),
        ms,
        statuses,
        firstError);
  }
}
