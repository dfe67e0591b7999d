package com.orderpool.dev;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the console of {@code deploy/run} readable: everything the server says goes to the log
 * file; the console shows the application's own progress lines, warnings and errors of any
 * component (SEVERE), and nothing of the boot chatter (expired-certificate dumps, discriminator
 * warnings, JNDI names, logging-library notices).
 */
final class ConsoleFilter {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

  /** A record's first line: {@code [time] [] [LEVEL] [id] [logger] ... [levelValue: n] text}. */
  private static final Pattern HEAD =
      Pattern.compile(
          "^\\[\\d{4}-[^]]*] \\[[^]]*] \\[([A-Z]+)] \\[[^]]*] \\[([^]]*)].*?\\[levelValue: (\\d+)] ?(.*)$");

  private ConsoleFilter() {}

  /** Starts a daemon thread that sorts a process's output into the log file and the console. */
  static Thread pump(InputStream in, File log, PrintStream console) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                  PrintStream file = logFile(log)) {
                List<String> record = new ArrayList<>();
                String line;
                while ((line = r.readLine()) != null) {
                  String plain = ANSI.matcher(line).replaceAll("");
                  file.println(plain);
                  if (HEAD.matcher(plain).matches() && !record.isEmpty()) {
                    show(record, console);
                    record.clear();
                  }
                  record.add(plain);
                }
                show(record, console);
              } catch (IOException closed) {
                // the server stopped: its output ends here
              }
            },
            "server-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void show(List<String> record, PrintStream console) {
    if (record.isEmpty()) {
      return;
    }
    Matcher head = HEAD.matcher(record.get(0));
    if (!head.matches()) {
      // not a log record (the JVM itself, a crash before logging started): always shown
      record.stream().filter(l -> !l.isBlank()).forEach(console::println);
      return;
    }
    String logger = head.group(2);
    int level = Integer.parseInt(head.group(3));
    boolean ours = logger.startsWith("com.orderpool");
    if (level >= 1000 || (ours && level >= 800)) {
      String text = message(head.group(4), record);
      console.println((level >= 1000 ? "ERROR " : level >= 900 ? "WARNING " : "") + text);
    }
  }

  /** The record's message: the rest of its first line, or the lines between [[ and ]]. */
  private static String message(String first, List<String> record) {
    if (!first.equals("[[")) {
      return first;
    }
    StringBuilder b = new StringBuilder();
    for (String l : record.subList(1, record.size())) {
      if (l.equals("]]")) {
        break;
      }
      b.append(b.length() == 0 ? "" : "\n").append(l.strip());
    }
    return b.toString();
  }

  /**
   * Sends this JVM's logging-library notices ("SLF4J: ...", commons-logging discovery) to the log
   * file; everything else it writes stays on the console.
   */
  static void quietNotices(File log) throws IOException {
    PrintStream file = logFile(log);
    System.setOut(noticesTo(file, System.out));
    System.setErr(noticesTo(file, System.err));
  }

  private static PrintStream noticesTo(PrintStream file, PrintStream console) {
    return new PrintStream(
        new OutputStream() {
          private final ByteArrayOutputStream line = new ByteArrayOutputStream();

          @Override
          public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
              String s = line.toString(StandardCharsets.UTF_8);
              line.reset();
              boolean notice =
                  s.startsWith("SLF4J") || s.startsWith("Standard Commons Logging discovery");
              (notice ? file : console).print(s);
              (notice ? file : console).flush();
            }
          }
        },
        true,
        StandardCharsets.UTF_8);
  }

  private static PrintStream logFile(File log) throws IOException {
    log.getParentFile().mkdirs();
    return new PrintStream(new FileOutputStream(log, true), true, StandardCharsets.UTF_8);
  }
}
