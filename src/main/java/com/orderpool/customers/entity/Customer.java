package com.orderpool.customers.entity;

import com.orderpool.core.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A customer of one tenant, identified by e-mail. Orders create or update it as they arrive; the
 * addresses are the last ones used (each order keeps its own copy).
 */
@Entity
@Table(name = "customer")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Customer implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;
  private String name;
  private String phone;
  private String company;
  private String language;

  /** The customer's VAT ID (business customers); invoices copy it when they are issued. */
  @Column(name = "vat_id")
  private String vatId;

  /** Trusted: the customer's orders may ship before they are paid, where the tenant allows it. */
  private boolean trusted;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "billing_name")),
    @AttributeOverride(name = "company", column = @Column(name = "billing_company")),
    @AttributeOverride(name = "line1", column = @Column(name = "billing_line1")),
    @AttributeOverride(name = "line2", column = @Column(name = "billing_line2")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
    @AttributeOverride(name = "region", column = @Column(name = "billing_region")),
    @AttributeOverride(name = "country", column = @Column(name = "billing_country")),
    @AttributeOverride(name = "phone", column = @Column(name = "billing_phone"))
  })
  private Address billing;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "shipping_name")),
    @AttributeOverride(name = "company", column = @Column(name = "shipping_company")),
    @AttributeOverride(name = "line1", column = @Column(name = "shipping_line1")),
    @AttributeOverride(name = "line2", column = @Column(name = "shipping_line2")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
    @AttributeOverride(name = "region", column = @Column(name = "shipping_region")),
    @AttributeOverride(name = "country", column = @Column(name = "shipping_country")),
    @AttributeOverride(name = "phone", column = @Column(name = "shipping_phone"))
  })
  private Address shipping;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_order_at")
  private Instant lastOrderAt;

  @Version private long version;

  protected Customer() {}

  public Customer(String email, String name, Instant now) {
    this.email = normaliseEmail(email);
    this.name = name.strip();
    this.createdAt = now;
  }

  public static String normaliseEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** Takes the contact details and addresses of a new order; blanks never erase known values. */
  public void orderArrived(
      String name,
      String phone,
      String company,
      String language,
      Address billing,
      Address shipping,
      Instant at) {
    this.name = name.strip();
    this.phone = keep(this.phone, phone);
    this.company = keep(this.company, company);
    this.language = keep(this.language, language);
    if (billing != null) {
      this.billing = billing.normalised();
    }
    if (shipping != null) {
      this.shipping = shipping.normalised();
    }
    if (lastOrderAt == null || at.isAfter(lastOrderAt)) {
      lastOrderAt = at;
    }
  }

  private static String keep(String known, String incoming) {
    return incoming == null || incoming.isBlank() ? known : incoming.strip();
  }

  /** Sets or clears the VAT ID (letters and digits, spaces and dots removed, upper case). */
  public void setVatId(String value) {
    this.vatId = normaliseVatId(value);
  }

  /** A VAT ID as stored: upper case without spaces, dots or dashes; blank is none. */
  public static String normaliseVatId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  public String getVatId() {
    return vatId;
  }

  public boolean isTrusted() {
    return trusted;
  }

  public void setTrusted(boolean trusted) {
    this.trusted = trusted;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getCompany() {
    return company;
  }

  /** The customer's language for e-mails and documents; null means the tenant's. */
  public String getLanguage() {
    return language;
  }

  public Address getBilling() {
    return billing;
  }

  public Address getShipping() {
    return shipping;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastOrderAt() {
    return lastOrderAt;
  }

  public long getVersion() {
    return version;
  }
}
