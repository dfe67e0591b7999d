package com.orderpool.dev;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local GreenMail server for the embedded run and the tests: SMTP to receive what the app sends,
 * and IMAP to read it (log in with the recipient's address and any password). Port 0 picks a free
 * port.
 */
public final class MailServer implements AutoCloseable {
  public static final String HOST = "127.0.0.1";

  private final GreenMail greenMail;

  private MailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  public static MailServer start(int smtpPort, int imapPort) {
    ServerSetup smtp = new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP);
    ServerSetup imap = new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP);
    GreenMail greenMail =
        new GreenMail(
                new ServerSetup[] {
                  smtpPort == 0 ? smtp.dynamicPort() : smtp,
                  imapPort == 0 ? imap.dynamicPort() : imap
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    return new MailServer(greenMail);
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int imapPort() {
    return greenMail.getImap().getPort();
  }

  /** How many messages arrived so far, over all mailboxes. */
  public int received() {
    return greenMail.getReceivedMessages().length;
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
