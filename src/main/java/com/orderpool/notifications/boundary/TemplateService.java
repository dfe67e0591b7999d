package com.orderpool.notifications.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.notifications.control.Languages;
import com.orderpool.notifications.control.MailTemplates;
import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.control.SampleOrder;
import com.orderpool.notifications.control.TemplateEngine;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateEntry;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.notifications.entity.TenantTemplate;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The current tenant's e-mail templates: render with the tenant's version or the default, check a
 * template before it is saved, save it, or go back to the default.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class TemplateService {
  static final String SAMPLE_TRACKING_LINK = "https://tracking.example/parcel/1Z999AA10123456784";
  static final String SAMPLE_TRACKING_NUMBER = "1Z999AA10123456784";

  @Inject MailTemplates templates;
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject java.time.ZoneId zone;
  @Inject OrderService orders;
  @Inject OrderMails mails;
  @Inject SampleOrder sample;

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

  /**
   * Checks and renders unsaved template parts for the editor's live preview, against the tenant's
   * order with that number (another tenant's number is not found) or, without a number, a sample
   * order; {@code message} fills the {@code message} variable.
   */
  public RenderedMail preview(
      @NotNull TemplateParts parts,
      @NotNull String language,
      String orderNumber,
      @Size(max = 4000) String message) {
    String lang = supported(language);
    validate(parts);
    Map<String, Object> model =
        new HashMap<>(
            orderNumber == null || orderNumber.isBlank()
                ? sample.model(lang)
                : mails.model(orders.getByNumber(orderNumber), lang));
    model.put("message", message == null ? "" : message);
    model.put("trackingLink", SAMPLE_TRACKING_LINK);
    model.put("report", SampleOrder.report(lang));
    model.put("return", SampleOrder.returned(lang));
    model.put("endpoint", SampleOrder.endpoint(lang));
    model.put("watch", SampleOrder.watch(lang));
    model.put("partner", SampleOrder.partner(lang));
    Object shipping = model.get("shipping");
    boolean shipsElsewhere =
        shipping instanceof Map<?, ?> m
            && m.get("line1") != null
            && !m.get("line1").toString().isBlank();
    model.putIfAbsent("delivery", shipsElsewhere ? shipping : model.get("billing"));
    model.putAll(SampleOrder.retailerSummary(lang, zone));
    model.putIfAbsent("trackingNumber", SAMPLE_TRACKING_NUMBER);
    model.putIfAbsent("carrier", "Correos");
    return templates.render(parts, model);
  }

  /** Every event in every language, saying which ones the tenant customised. */
  public List<TemplateEntry> overview() {
    Set<String> own = new HashSet<>();
    db.em()
        .createQuery("SELECT t FROM TenantTemplate t", TenantTemplate.class)
        .getResultStream()
        .forEach(t -> own.add(t.getEvent().key() + "/" + t.getLanguage()));
    List<TemplateEntry> entries = new ArrayList<>();
    for (MailEvent event : MailEvent.values()) {
      for (String lang : Languages.SUPPORTED) {
        boolean customised = event.isTenantEditable() && own.contains(event.key() + "/" + lang);
        entries.add(new TemplateEntry(event, lang, customised));
      }
    }
    return entries;
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
    requireEditable(event);
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
    requireEditable(event);
    templates.override(event, supported(language)).ifPresent(db.em()::remove);
  }

  /** The account-link e-mails (invitation, password reset) are the platform's, not the tenant's. */
  private static void requireEditable(MailEvent event) {
    if (!event.isTenantEditable()) {
      throw BusinessException.of("template.locked", event.key());
    }
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
