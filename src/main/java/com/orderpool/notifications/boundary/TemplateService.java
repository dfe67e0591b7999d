package com.orderpool.notifications.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.notifications.control.Languages;
import com.orderpool.notifications.control.MailTemplates;
import com.orderpool.notifications.control.TemplateEngine;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.notifications.entity.TenantTemplate;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The current tenant's e-mail templates: render with the tenant's version or the default, check a
 * template before it is saved, save it, or go back to the default.
 */
@Stateless
public class TemplateService {
  @Inject MailTemplates templates;
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** Renders the tenant's template (or the default) against a model of maps, lists and strings. */
  public RenderedMail render(
      @NotNull MailEvent event, @NotNull String language, @NotNull Map<String, Object> model) {
    return templates.render(event, supported(language), model);
  }

  /** Renders unsaved template parts, after checking them, for a live preview. */
  public RenderedMail preview(@NotNull TemplateParts parts, @NotNull Map<String, Object> model) {
    validate(parts);
    return templates.render(parts, model);
  }

  /** The template in use: the tenant's own version, else the default. */
  public TemplateParts source(@NotNull MailEvent event, @NotNull String language) {
    return templates.effective(event, supported(language));
  }

  public boolean isCustomised(@NotNull MailEvent event, @NotNull String language) {
    return templates.override(event, supported(language)).isPresent();
  }

  /**
   * Compiles the three parts; throws {@link TemplateInvalidException} with the part and line of a
   * syntax error, a partial or template inheritance.
   */
  public void validate(@NotNull TemplateParts parts) {
    if (parts.subject() == null || parts.subject().isBlank()) {
      throw new BusinessException("subject", "template.subject.required");
    }
    try {
      TemplateEngine.validate(parts);
    } catch (TemplateEngine.TemplateError e) {
      throw new TemplateInvalidException(
          e.part().name().toLowerCase(Locale.ROOT), e.line(), e.detail());
    }
  }

  /** Saves the tenant's own version; a template that does not compile is refused. */
  public TenantTemplate save(
      @NotNull MailEvent event, @NotNull String language, @NotNull TemplateParts parts) {
    validate(parts);
    String lang = supported(language);
    TenantTemplate t =
        templates
            .override(event, lang)
            .orElseGet(
                () -> {
                  TenantTemplate created = new TenantTemplate(event, lang);
                  db.em().persist(created);
                  return created;
                });
    t.update(
        new TemplateParts(
            parts.subject().strip(), nullToEmpty(parts.html()), nullToEmpty(parts.text())),
        tenant.actor(),
        clock.instant());
    return t;
  }

  /** Drops the tenant's own version, so the default applies again. */
  public void resetToDefault(@NotNull MailEvent event, @NotNull String language) {
    templates.override(event, supported(language)).ifPresent(db.em()::remove);
  }

  private static String supported(String language) {
    String lang = language.strip().toLowerCase(Locale.ROOT);
    if (!Languages.SUPPORTED.contains(lang)) {
      throw new BusinessException("language", "template.language.unsupported", language);
    }
    return lang;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
