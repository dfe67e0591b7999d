package com.orderpool.support;

import com.orderpool.notifications.control.MailTransport;
import com.orderpool.notifications.control.OutgoingMail;
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

  @Override
  public void send(OutgoingMail mail) {
    int port = closedPort;
    SmtpTransport.send(port == 0 ? smtp.settings() : smtp.settings().withPort(port), mail);
  }

  /** From now on, connecting to the mail server is refused. */
  public void down() {
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void up() {
    closedPort = 0;
  }
}
