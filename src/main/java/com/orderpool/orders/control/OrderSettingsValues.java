package com.orderpool.orders.control;

import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The current tenant's order settings, typed, with the defaults of {@code
 * tenants/_default/tenant.properties}: the first order number ({@code order.number.start}), the VAT
 * rate of new orders in percent ({@code vat.rate}), the hours a paid order cancels free ({@code
 * cancel.free-window-hours}) and the status from which a fee applies all the same ({@code
 * cancel.point-of-no-return}). The currency is the tenant's ({@link
 * com.orderpool.tenancy.TenantProfile}).
 */
@ApplicationScoped
public class OrderSettingsValues {
  public static final String NUMBER_START = "order.number.start";
  public static final String VAT_RATE = "vat.rate";
  public static final String CANCEL_WINDOW_HOURS = "cancel.free-window-hours";
  public static final String POINT_OF_NO_RETURN = "cancel.point-of-no-return";

  public static final long DEFAULT_NUMBER_START = 10001;
  public static final BigDecimal DEFAULT_VAT_RATE = new BigDecimal("21.00");
  public static final int DEFAULT_CANCEL_WINDOW_HOURS = 24;
  public static final String DEFAULT_POINT_OF_NO_RETURN = "received";

  @Inject TenantSettings settings;

  /**
   * The first order number in a set of settings that is not stored yet (a tenant pack being
   * provisioned).
   */
  public static long numberStart(Map<String, String> settings) {
    String start = settings.get(NUMBER_START);
    return start == null ? DEFAULT_NUMBER_START : Long.parseLong(start);
  }

  /** The VAT rate of new orders in percent. */
  public BigDecimal vatRate() {
    return settings.get(VAT_RATE).map(BigDecimal::new).orElse(DEFAULT_VAT_RATE);
  }

  public void setVatRate(BigDecimal rate) {
    settings.put(VAT_RATE, rate.setScale(2).toPlainString());
  }

  /** How many hours after payment an order still cancels free. */
  public int cancelWindowHours() {
    return settings
        .get(CANCEL_WINDOW_HOURS)
        .map(Integer::parseInt)
        .orElse(DEFAULT_CANCEL_WINDOW_HOURS);
  }

  public void setCancelWindowHours(int hours) {
    settings.put(CANCEL_WINDOW_HOURS, String.valueOf(hours));
  }

  /** The code of the production status from which a cancellation costs a fee even in the window. */
  public String pointOfNoReturn() {
    return settings.get(POINT_OF_NO_RETURN).orElse(DEFAULT_POINT_OF_NO_RETURN);
  }

  public void setPointOfNoReturn(String statusCode) {
    settings.put(POINT_OF_NO_RETURN, statusCode);
  }
}
