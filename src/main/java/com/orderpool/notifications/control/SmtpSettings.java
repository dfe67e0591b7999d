package com.orderpool.notifications.control;

import com.orderpool.core.Config;
import java.util.Optional;

/**
 * Where e-mail goes: {@code orderpool.smtp.host|port|user|password|tls|from} (or {@code
 * ORDERPOOL_SMTP_HOST} and so on). {@code tls=true} requires STARTTLS.
 */
public record SmtpSettings(
    String host,
    int port,
    Optional<String> user,
    Optional<String> password,
    boolean tls,
    String from) {
  public static final String DEFAULT_FROM = "Orderpool <no-reply@orderpool.local>";

  public static SmtpSettings fromConfig() {
    return new SmtpSettings(
        Config.get("orderpool.smtp.host", "localhost"),
        Integer.parseInt(Config.get("orderpool.smtp.port", "25")),
        Config.get("orderpool.smtp.user"),
        Config.get("orderpool.smtp.password"),
        Boolean.parseBoolean(Config.get("orderpool.smtp.tls", "false")),
        Config.get("orderpool.smtp.from", DEFAULT_FROM));
  }

  /** The same settings for another port (tests point at a closed one). */
  public SmtpSettings withPort(int otherPort) {
    return new SmtpSettings(host, otherPort, user, password, tls, from);
  }
}
