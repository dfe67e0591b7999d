package com.orderpool.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A way the tenant ships: its name in English and Spanish, the carrier, and the carrier's tracking
 * page with {@code {tracking}} where the number goes. A retired method is kept for the shipments
 * that used it but offered no more.
 */
@Entity
@Table(name = "shipping_method")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ShippingMethod implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the tracking number goes in a tracking page's address. */
  public static final String PLACEHOLDER = "{tracking}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_es")
  private String nameEs;

  private String carrier;

  @Column(name = "tracking_url")
  private String trackingUrl;

  private boolean retired;

  @Column(name = "display_order")
  private int displayOrder;

  @Version private long version;

  protected ShippingMethod() {}

  public ShippingMethod(
      String nameEn, String nameEs, String carrier, String trackingUrl, int displayOrder) {
    this.displayOrder = displayOrder;
    update(nameEn, nameEs, carrier, trackingUrl);
  }

  public final void update(String nameEn, String nameEs, String carrier, String trackingUrl) {
    this.nameEn = nameEn.strip();
    this.nameEs = nameEs == null || nameEs.isBlank() ? this.nameEn : nameEs.strip();
    this.carrier = carrier.strip();
    this.trackingUrl = trackingUrl == null || trackingUrl.isBlank() ? null : trackingUrl.strip();
  }

  /** The tracking page of a number, or null when the method has none or there is no number. */
  public String trackingLink(String number) {
    if (trackingUrl == null || number == null || number.isBlank()) {
      return null;
    }
    return trackingUrl.replace(
        PLACEHOLDER, URLEncoder.encode(number.strip(), StandardCharsets.UTF_8));
  }

  public String name(Locale locale) {
    return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
  }

  public void setRetired(boolean retired) {
    this.retired = retired;
  }

  public Long getId() {
    return id;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public String getCarrier() {
    return carrier;
  }

  public String getTrackingUrl() {
    return trackingUrl;
  }

  public boolean isRetired() {
    return retired;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }

  public long getVersion() {
    return version;
  }
}
