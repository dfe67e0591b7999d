package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.tenancy.TenantProfile;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The current tenant's invoice settings, typed: when invoices are created ({@code invoice.mode}: as
 * soon as an order is placed, when it is fully paid (the default), or only by hand from the
 * dashboard), and the number formats of invoices ({@code invoice.number-format}, default {@value
 * #DEFAULT_INVOICE_FORMAT}) and credit notes ({@code credit-note.number-format}, default {@value
 * #DEFAULT_CREDIT_FORMAT}); see {@link DocNumberFormat}.
 */
@ApplicationScoped
public class InvoiceSettings {
  public static final String MODE = "invoice.mode";
  public static final String INVOICE_FORMAT = "invoice.number-format";
  public static final String CREDIT_FORMAT = "credit-note.number-format";

  public static final Mode DEFAULT_MODE = Mode.ON_PAYMENT;
  public static final String DEFAULT_INVOICE_FORMAT = "INV-{yyyy}-{seq:6}";
  public static final String DEFAULT_CREDIT_FORMAT = "CN-{yyyy}-{seq:6}";

  /** When invoices are created. */
  public enum Mode {
    ON_ORDER,
    ON_PAYMENT,
    MANUAL
  }

  @Inject TenantSettings settings;
  @Inject TenantProfile profile;

  public Mode mode() {
    try {
      return Mode.valueOf(
          settings.get(MODE).orElse(DEFAULT_MODE.name()).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return DEFAULT_MODE;
    }
  }

  public void setMode(Mode mode) {
    settings.put(MODE, mode.name());
  }

  /** The number format of a kind of document; an unset or blank one is the default. */
  public String numberFormat(DocKind kind) {
    return settings
        .get(formatKey(kind))
        .filter(s -> !s.isBlank())
        .orElse(kind == DocKind.INVOICE ? DEFAULT_INVOICE_FORMAT : DEFAULT_CREDIT_FORMAT);
  }

  /** Stores a number format that {@link DocNumberFormat#parse} accepted. */
  public void setNumberFormat(DocKind kind, String format) {
    settings.put(formatKey(kind), format);
  }

  /** The tenant's document language, for orders without a customer language. */
  public String tenantLanguage() {
    return profile.locale();
  }

  private static String formatKey(DocKind kind) {
    return kind == DocKind.INVOICE ? INVOICE_FORMAT : CREDIT_FORMAT;
  }
}
