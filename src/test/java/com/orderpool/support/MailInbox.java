package com.orderpool.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads what arrived at the tests' GreenMail server over IMAP (login = recipient, any password),
 * from inside the container; the IMAP port comes from {@code orderpool.test.imap.port}.
 */
public final class MailInbox {
  private MailInbox() {}

  /** The recipient's messages, copied so they stay readable after the folder closes. */
  public static List<MimeMessage> of(String recipient) {
    Properties p = new Properties();
    p.put("mail.imap.host", "127.0.0.1");
    p.put("mail.imap.port", System.getProperty("orderpool.test.imap.port"));
    Session session = Session.getInstance(p);
    try (Store store = session.getStore("imap")) {
      store.connect(recipient, "any");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<MimeMessage> copies = new ArrayList<>();
        for (Message m : inbox.getMessages()) {
          copies.add(new MimeMessage((MimeMessage) m));
        }
        return copies;
      } finally {
        inbox.close(false);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot read the mailbox of " + recipient, e);
    }
  }

  /** Waits up to {@code timeout} for a message of the recipient that matches. */
  public static Optional<MimeMessage> await(
      String recipient, Predicate<MimeMessage> match, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<MimeMessage> found = of(recipient).stream().filter(match).findFirst();
      if (found.isPresent() || System.nanoTime() > end) {
        return found;
      }
      pause(250);
    }
  }

  /** A predicate on the subject that does not throw. */
  public static Predicate<MimeMessage> subjectContains(String part) {
    return m -> {
      try {
        return m.getSubject() != null && m.getSubject().contains(part);
      } catch (MessagingException e) {
        return false;
      }
    };
  }

  /** The plain-text body of a message. */
  public static String text(MimeMessage message) {
    try {
      String text = body(message, "text/plain");
      return text == null ? "" : text;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the message body", e);
    }
  }

  /** The first body part of a MIME type, looking into multiparts; null when there is none. */
  public static String body(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        String found = body(mp.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
