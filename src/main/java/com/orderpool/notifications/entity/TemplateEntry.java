package com.orderpool.notifications.entity;

/** One event in one language on the template list: is it the default or the tenant's own? */
public record TemplateEntry(MailEvent event, String language, boolean customised)
    implements java.io.Serializable {

  /** A key for table rows, e.g. {@code notify_customer/en}. */
  public String key() {
    return event.key() + "/" + language;
  }
}
