package com.orderpool.dev;

import java.io.File;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code deploy/run}: starts the embedded MariaDB (data in {@code var/db}) unless ORDERPOOL_DB_URL
 * points elsewhere, a GreenMail mail server unless ORDERPOOL_SMTP_HOST names a real one (see {@link
 * LocalServices}), then Payara Micro with the WAR, and prints the URL, the mail ports and demo
 * logins. Ctrl-C stops all.
 */
public final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    File home = new File(System.getProperty("orderpool.home", ".")).getAbsoluteFile();
    File var =
        new File(LocalServices.env("ORDERPOOL_VAR", new File(home, "var").getPath()))
            .getAbsoluteFile();
    int port = Integer.parseInt(LocalServices.env("ORDERPOOL_PORT", "8080"));
    // the server's full output goes here; the console shows progress, the banner and errors
    File serverLog = new File(var, "log/server.log");
    ConsoleFilter.quietNotices(serverLog);
    System.out.println("Starting Orderpool (full server log: " + serverLog + ") ...");
    LocalServices services = new LocalServices(var, "http://localhost:" + port);

    File war = new File(home, "target/orderpool.war");
    File payaraJar = new File(home, "target/payara-micro.jar");
    AtomicReference<PayaraProcess> payaraRef = new AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Orderpool ...");
                  if (payaraRef.get() != null) {
                    payaraRef.get().close();
                  }
                  services.close();
                  System.out.println("Stopped.");
                }));
    PayaraProcess payara =
        PayaraProcess.start(
            payaraJar,
            war,
            new File(var, "payara"),
            port,
            services.settings,
            serverLog,
            System.out,
            Duration.ofMinutes(5),
            payaraRef::set);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%n=== Orderpool is ready in %.1f s: %s/ ===%n", seconds, payara.baseUrl());
    System.out.print(services.logins());
    System.out.printf("Payara Micro pid %d. Press Ctrl-C to stop.%n", payara.pid());
    Thread.currentThread().join();
  }
}
