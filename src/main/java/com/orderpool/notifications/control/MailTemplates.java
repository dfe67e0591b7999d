package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.notifications.entity.TenantTemplate;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The current tenant's templates: its own version where it saved one, else the pack default. */
@ApplicationScoped
public class MailTemplates {
  private static final Logger LOG = Logger.getLogger(MailTemplates.class.getName());

  @Inject TenantDatabase db;
  @Inject TemplateLibrary library;

  /** The tenant's saved version; never for an event tenants cannot edit (account links). */
  public Optional<TenantTemplate> override(MailEvent event, String language) {
    if (!event.isTenantEditable()) {
      return Optional.empty();
    }
    return db.em()
        .createQuery(
            "SELECT t FROM TenantTemplate t WHERE t.event = :e AND t.language = :l",
            TenantTemplate.class)
        .setParameter("e", event)
        .setParameter("l", language)
        .getResultStream()
        .findFirst();
  }

  public TemplateParts defaults(MailEvent event, String language) {
    return library.defaults(db.tenantCode(), event, language);
  }

  public TemplateParts effective(MailEvent event, String language) {
    return override(event, language)
        .map(TenantTemplate::parts)
        .orElseGet(() -> defaults(event, language));
  }

  /**
   * Renders the tenant's template inside the HTML layout. A saved template was validated; should it
   * still fail at run time, the default is used so the e-mail is not lost.
   */
  public RenderedMail render(MailEvent event, String language, Map<String, Object> model) {
    RenderedMail body;
    try {
      body = TemplateEngine.render(effective(event, language), model);
    } catch (TemplateEngine.TemplateError e) {
      LOG.warning(
          () -> "template " + event.key() + "/" + language + " failed, using default: " + e);
      body = TemplateEngine.render(defaults(event, language), model);
    }
    return withLayout(body, model);
  }

  /** Renders given template parts (for a preview) inside the HTML layout. */
  public RenderedMail render(TemplateParts parts, Map<String, Object> model) {
    return withLayout(TemplateEngine.render(parts, model), model);
  }

  private RenderedMail withLayout(RenderedMail body, Map<String, Object> model) {
    String html = TemplateEngine.wrap(library.layout(db.tenantCode()), body.html(), model);
    return new RenderedMail(body.subject(), html, body.text());
  }
}
