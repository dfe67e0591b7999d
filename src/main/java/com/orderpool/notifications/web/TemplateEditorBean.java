package com.orderpool.notifications.web;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.TemplateInvalidException;
import com.orderpool.notifications.boundary.TemplateService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateEntry;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The template editor: the list of events and languages, and one template's subject, HTML and text
 * with a live preview against a sample order or a real one. A template with an error shows it with
 * its line and cannot be saved.
 */
@Named
@ViewScoped
public class TemplateEditorBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TemplateService templates;

  private List<TemplateEntry> entries;
  private TemplateEntry selected;
  private String subject;
  private String html;
  private String text;
  private String orderNumber;
  private RenderedMail preview;
  private String error;
  private String orderError;

  @PostConstruct
  void init() {
    entries = templates.overview();
    select(
        entries.stream()
            .filter(e -> e.event() == MailEvent.NOTIFY_CUSTOMER)
            .findFirst()
            .orElse(entries.get(0)));
  }

  public void select(TemplateEntry entry) {
    selected = entry;
    TemplateParts parts = templates.source(entry.event(), entry.language());
    subject = parts.subject();
    html = parts.html();
    text = parts.text();
    refreshPreview();
  }

  /** Renders what is in the editor now; an error replaces the preview. */
  public void refreshPreview() {
    error = null;
    orderError = null;
    try {
      preview =
          templates.preview(
              parts(),
              selected.language(),
              orderNumber,
              Messages.text(
                  java.util.Locale.forLanguageTag(selected.language()), "templates.sampleMessage"));
    } catch (TemplateInvalidException e) {
      preview = null;
      error = describe(e);
    } catch (NotFoundException e) {
      preview = null;
      orderError = Messages.text("templates.orderNotFound", orderNumber);
    } catch (BusinessException e) {
      preview = null;
      error = Messages.text(e.messageKey(), e.args());
    }
  }

  public void save() {
    try {
      templates.save(selected.event(), selected.language(), parts());
    } catch (TemplateInvalidException e) {
      error = describe(e);
      return;
    }
    reloadList();
    Messages.info(
        "templates.saved", eventName(selected.event()), selected.language().toUpperCase());
  }

  public void reset() {
    templates.resetToDefault(selected.event(), selected.language());
    reloadList();
    select(selected);
    Messages.info(
        "templates.resetDone", eventName(selected.event()), selected.language().toUpperCase());
  }

  private void reloadList() {
    entries = templates.overview();
    selected =
        entries.stream().filter(e -> e.key().equals(selected.key())).findFirst().orElse(selected);
  }

  private TemplateParts parts() {
    return new TemplateParts(subject, html, text);
  }

  private static String describe(TemplateInvalidException e) {
    Object[] args = e.args();
    return Messages.text(
        "templates.error",
        Messages.text("templates.part." + e.field()),
        e.line(),
        args.length > 1 ? args[1] : "");
  }

  private static String eventName(MailEvent event) {
    return Messages.text("mail.event." + event.key());
  }

  public boolean isBroken() {
    return error != null;
  }

  public boolean isSelected(TemplateEntry entry) {
    return selected != null && selected.key().equals(entry.key());
  }

  public List<TemplateEntry> getEntries() {
    return entries;
  }

  public TemplateEntry getSelected() {
    return selected;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public void setOrderNumber(String orderNumber) {
    this.orderNumber = orderNumber;
  }

  public RenderedMail getPreview() {
    return preview;
  }

  public String getError() {
    return error;
  }

  public String getOrderError() {
    return orderError;
  }
}
