package com.orderpool.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A tenant's own version of one e-mail template in one language. */
@Entity
@Table(name = "tenant_template")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class TenantTemplate implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private MailEvent event;

  private String language;
  private String subject;
  private String html;
  private String text;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected TenantTemplate() {}

  public TenantTemplate(MailEvent event, String language) {
    this.event = event;
    this.language = language;
  }

  /** Replaces the template's parts; callers validate them first. */
  public void update(TemplateParts parts, String actor, Instant now) {
    this.subject = parts.subject();
    this.html = parts.html();
    this.text = parts.text();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public TemplateParts parts() {
    return new TemplateParts(subject, html, text);
  }

  public MailEvent getEvent() {
    return event;
  }

  public String getLanguage() {
    return language;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
