package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends over SMTP with Jakarta Mail: a multipart/alternative message (plain text and HTML), with
 * attachments in a multipart/mixed around it. The Message-ID header is the outbox's own id.
 */
@ApplicationScoped
public class SmtpTransport implements MailTransport {
  private SmtpSettings settings;

  /** Jakarta Mail's property naming its stream provider, and the provider of the mail runtime. */
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  private static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

  @PostConstruct
  void configure() {
    settings = SmtpSettings.fromConfig();
    nameStreamProvider();
  }

  /**
   * Jakarta Mail looks its stream provider up for every body part and header it encodes, by a
   * class-path scan of service files (a tenth of the relay's CPU), unless a system property names
   * it; then it loads that class by name, which is cheap. Named here when the runtime's mail
   * implementation is Angus Mail and nobody named one.
   */
  private static void nameStreamProvider() {
    if (System.getProperty(STREAM_PROVIDER) != null) {
      return;
    }
    try {
      Class.forName(ANGUS_STREAMS, false, Thread.currentThread().getContextClassLoader());
      System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
    } catch (ClassNotFoundException another) {
      // another mail implementation: its own lookup stays
    }
  }

  public SmtpSettings settings() {
    return settings;
  }

  @Override
  public void send(OutgoingMail mail) {
    send(settings, mail);
  }

  /**
   * One SMTP connection for a run of mails, opened on the first and reopened if the server drops
   * it: a relay batch of 50 costs one handshake (and one login), not 50.
   */
  @Override
  public Batch batch() {
    return batch(settings);
  }

  /** A batch with the given settings. */
  public static Batch batch(SmtpSettings smtp) {
    return new Connection(smtp);
  }

  /** Sends with the given settings. */
  public static void send(SmtpSettings smtp, OutgoingMail mail) {
    Session session = session(smtp);
    try {
      MimeMessage message = compose(session, smtp, mail);
      Transport.send(message);
    } catch (AddressException e) {
      throw new MailDeliveryException(describe(e), e, true);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailDeliveryException(describe(e), e, false);
    }
  }

  static MimeMessage compose(Session session, SmtpSettings smtp, OutgoingMail mail)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new FixedIdMessage(session, mail.messageId());
    InternetAddress configured = new InternetAddress(smtp.from(), true);
    String name = mail.senderName() != null ? mail.senderName() : configured.getPersonal();
    message.setFrom(new InternetAddress(configured.getAddress(), name, "UTF-8"));
    if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
      message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setHeader("Content-Language", mail.language());
    message.setSentDate(new Date());
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    // named, not found by reading each body through once more as the message is saved
    text.setHeader("Content-Transfer-Encoding", "quoted-printable");
    html.setHeader("Content-Transfer-Encoding", "quoted-printable");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    if (mail.attachments().isEmpty()) {
      message.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart bodies = new MimeBodyPart();
      bodies.setContent(alternative);
      mixed.addBodyPart(bodies);
      for (MailAttachment a : mail.attachments()) {
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(
            new jakarta.activation.DataHandler(
                new ByteArrayDataSource(a.content(), a.contentType())));
        file.setFileName(a.fileName());
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        file.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(file);
      }
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }

  private static Session session(SmtpSettings smtp) {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", String.valueOf(smtp.port()));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    if (smtp.tls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (smtp.user().isPresent()) {
      p.put("mail.smtp.auth", "true");
      String user = smtp.user().get();
      String password = smtp.password().orElse("");
      return Session.getInstance(
          p,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          });
    }
    return Session.getInstance(p);
  }

  private static String describe(Exception e) {
    StringBuilder b = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      b.append(" / ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
    }
    return b.toString();
  }

  private static MailDeliveryException failure(MessagingException e) {
    return new MailDeliveryException(describe(e), e, e instanceof AddressException);
  }

  /** A connection held for a batch; a failed send closes it, so the next opens a fresh one. */
  private static final class Connection implements Batch {
    private final SmtpSettings smtp;
    private final Session session;
    private Transport transport;

    Connection(SmtpSettings smtp) {
      this.smtp = smtp;
      this.session = session(smtp);
    }

    @Override
    public void send(OutgoingMail mail) {
      try {
        MimeMessage message = compose(session, smtp, mail);
        if (transport == null || !transport.isConnected()) {
          close();
          transport = session.getTransport();
          transport.connect();
        }
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        close();
        throw failure(e);
      } catch (UnsupportedEncodingException e) {
        throw new MailDeliveryException(describe(e), e, false);
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // the connection is gone either way
        }
        transport = null;
      }
    }
  }

  /** Keeps the Message-ID given by the outbox instead of generating one on save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
