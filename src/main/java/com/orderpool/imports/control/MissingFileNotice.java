package com.orderpool.imports.control;

import com.orderpool.notifications.control.TeamMails;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.platform.control.FileWatches;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the current tenant's admins that its expected order file is late: the alarm is claimed and
 * the e-mails queued through the outbox in one transaction, so a crash sends none and a second
 * node, finding the alarm taken, sends nothing.
 */
@ApplicationScoped
@Transactional
public class MissingFileNotice {
  @Inject FileWatches watches;
  @Inject TeamMails mails;
  @Inject TenantDirectory tenants;
  @Inject TenantDatabase db;
  @Inject ImportIntake intake;
  @Inject ZoneId zone;

  /** True when this call raised the alarm (it was due and nobody had raised it). */
  public boolean raise(Instant now) {
    String code = db.tenantCode();
    FileWatches.Watch watch = watches.of(code).orElse(null);
    if (watch == null || !watches.claimAlarm(code, now)) {
      return false;
    }
    Locale language = intake.tenantLanguage();
    Map<String, Object> model = Map.of("watch", model(watch, language));
    for (String admin : tenants.adminEmails(code)) {
      mails.send(MailEvent.IMPORT_FILE_MISSING, admin, language.getLanguage(), model, List.of());
    }
    return true;
  }

  private Map<String, Object> model(FileWatches.Watch w, Locale language) {
    DateTimeFormatter f =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language)
            .withZone(zone);
    return Map.of(
        "everyHours", String.valueOf(w.everyHours()),
        "dueAt", f.format(w.dueAt()),
        // no file yet: none since the expectation was set
        "lastFile", f.format(w.lastFileAt() == null ? w.setAt() : w.lastFileAt()));
  }
}
