package com.orderpool.support;

import com.orderpool.notifications.control.MailTransport;
import com.orderpool.notifications.control.OutgoingMail;
import com.orderpool.notifications.control.SmtpSettings;
import com.orderpool.notifications.control.SmtpTransport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Test-only mail transport for the outbox tests: the real SMTP adapter, which a test can point at a
 * closed port ("SMTP down") and back at GreenMail. Only the deployments that add this class use it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class SwitchableSmtp implements MailTransport {
  @Inject SmtpTransport smtp;

  private volatile int closedPort;
  private volatile ServerSocket hangingUp;

  @Override
  public void send(OutgoingMail mail) {
    SmtpTransport.send(current(), mail);
  }

  /** The real batch connection, to wherever the mail server is now. */
  @Override
  public Batch batch() {
    return SmtpTransport.batch(current());
  }

  private SmtpSettings current() {
    int port = closedPort;
    return port == 0 ? smtp.settings() : smtp.settings().withPort(port);
  }

  /**
   * From now on, the mail server hangs up at once. The port stays ours while it is down (a port
   * merely left closed could be taken by another server meanwhile, and a message would go out).
   */
  public synchronized void down() {
    try {
      ServerSocket s = new ServerSocket(0);
      Thread t =
          new Thread(
              () -> {
                while (!s.isClosed()) {
                  try (java.net.Socket c = s.accept()) {
                    // hang up without a greeting
                  } catch (IOException closed) {
                    return;
                  }
                }
              },
              "smtp-down");
      t.setDaemon(true);
      t.start();
      hangingUp = s;
      closedPort = s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized void up() {
    closedPort = 0;
    if (hangingUp != null) {
      try {
        hangingUp.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      hangingUp = null;
    }
  }
}
