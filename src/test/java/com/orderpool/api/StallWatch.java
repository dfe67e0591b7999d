package com.orderpool.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Watches the database during a benchmark for a transaction open longer than a limit; the first
 * time it sees one it writes the open transactions, the InnoDB status and every thread of the
 * server to a file, so a stall can be explained after the run.
 */
final class StallWatch implements AutoCloseable {
  private final Thread thread;
  private volatile boolean stop;

  StallWatch(DataSource ds, int limitSeconds, Path out) {
    thread =
        new Thread(
            () -> {
              try {
                while (!stop && !look(ds, limitSeconds, out)) {
                  Thread.sleep(1000); // also after a failed look: never a busy loop
                }
              } catch (InterruptedException e) {
                // closed
              }
            },
            "stall-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** One look: true once a transaction older than the limit was seen and written down. */
  private static boolean look(DataSource ds, int limitSeconds, Path out) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT trx_id, trx_state, trx_started, trx_mysql_thread_id, trx_query,"
                    + " trx_rows_locked, trx_operation_state,"
                    + " TIMESTAMPDIFF(SECOND, trx_started, NOW()) AS age"
                    + " FROM information_schema.innodb_trx ORDER BY trx_started")) {
      StringBuilder trx = new StringBuilder();
      boolean old = false;
      ResultSetMetaData m = r.getMetaData();
      while (r.next()) {
        old |= r.getLong("age") >= limitSeconds;
        for (int i = 1; i <= m.getColumnCount(); i++) {
          trx.append(m.getColumnLabel(i)).append('=').append(r.getString(i));
          trx.append(i < m.getColumnCount() ? ", " : "\n");
        }
      }
      if (old) {
        write(s, trx, out);
      }
      return old;
    } catch (Exception e) {
      return false; // a failed look is tried again
    }
  }

  private static void write(Statement s, StringBuilder trx, Path out) throws Exception {
    StringBuilder b = new StringBuilder("# open transactions\n").append(trx);
    try (ResultSet r = s.executeQuery("SHOW FULL PROCESSLIST")) {
      b.append("\n# processlist\n");
      while (r.next()) {
        b.append(r.getString("Id"))
            .append(' ')
            .append(r.getString("Command"))
            .append(' ')
            .append(r.getString("Time"))
            .append(' ')
            .append(r.getString("State"))
            .append(' ')
            .append(r.getString("Info"))
            .append('\n');
      }
    }
    try (ResultSet r = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
      if (r.next()) {
        b.append("\n# innodb status\n").append(r.getString(3));
      }
    }
    b.append("\n# threads\n");
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      b.append('"').append(e.getKey().getName()).append("\" ").append(e.getKey().getState());
      b.append('\n');
      for (StackTraceElement f : e.getValue()) {
        b.append("    at ").append(f).append('\n');
      }
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, b);
  }

  @Override
  public void close() {
    stop = true;
    thread.interrupt();
  }
}
