package com.orderpool.partners.web;

import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Texts of submissions in the reader's language: status, the reason of a failure, hover text. */
@Named
@ApplicationScoped
public class PartnerLabels {
  @Inject ZoneId zone;

  /** Submitted, Failed or Not submitted. */
  public String status(PartnerStatus s) {
    return s.status() == null
        ? Messages.text("partner.status.none")
        : Messages.text("partner.status." + s.status());
  }

  /** A failure's reason in words: a message key of the bundle, else the text as recorded. */
  public String reason(PartnerStatus s) {
    if (s.reason() == null || s.reason().isBlank()) {
      return Messages.text("partner.failedUnknown");
    }
    return Messages.text(s.reason());
  }

  /** The hover text: the partner and status, then the reason of a failure or who and when. */
  public String tooltip(PartnerStatus s) {
    String head = s.partnerName() + ": " + status(s);
    if (s.isFailed()) {
      return head + " — " + reason(s);
    }
    if (s.at() == null) {
      return head;
    }
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String at =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(locale)
            .format(s.at().atZone(zone));
    return head + " — " + at + " · " + s.by();
  }
}
