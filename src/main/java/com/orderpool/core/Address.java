package com.orderpool.core;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A postal address: who, street, postal code, city, region, country (ISO 3166-1 alpha-2) and phone.
 * It backs the address forms and is embedded, as a copy, in orders and customers.
 */
@Embeddable
public class Address implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{address.name.required}")
  @Size(max = 200, message = "{address.tooLong}")
  @Column(name = "name")
  private String name;

  @Size(max = 200, message = "{address.tooLong}")
  @Column(name = "company")
  private String company;

  @NotBlank(message = "{address.line1.required}")
  @Size(max = 200, message = "{address.tooLong}")
  @Column(name = "line1")
  private String line1;

  @Size(max = 200, message = "{address.tooLong}")
  @Column(name = "line2")
  private String line2;

  @NotBlank(message = "{address.postalCode.required}")
  @Pattern(regexp = "[\\p{Alnum} -]{2,12}", message = "{address.postalCode.invalid}")
  @Column(name = "postal_code")
  private String postalCode;

  @NotBlank(message = "{address.city.required}")
  @Size(max = 100, message = "{address.tooLong}")
  @Column(name = "city")
  private String city;

  @Size(max = 100, message = "{address.tooLong}")
  @Column(name = "region")
  private String region;

  @NotBlank(message = "{address.country.required}")
  @CountryCode
  @Column(name = "country")
  private String country;

  @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{address.phone.invalid}")
  @Column(name = "phone")
  private String phone;

  public Address() {}

  public Address(String name, String line1, String postalCode, String city, String country) {
    this.name = name;
    this.line1 = line1;
    this.postalCode = postalCode;
    this.city = city;
    this.country = country;
  }

  /** A trimmed copy for storing: blanks become null and the country is upper case. */
  public Address normalised() {
    Address a = new Address();
    a.name = clean(name);
    a.company = clean(company);
    a.line1 = clean(line1);
    a.line2 = clean(line2);
    a.postalCode = clean(postalCode);
    a.city = clean(city);
    a.region = clean(region);
    a.country = country == null ? null : clean(country.toUpperCase(Locale.ROOT));
    a.phone = clean(phone);
    return a;
  }

  /** A copy to edit in a form. */
  public Address copy() {
    Address a = new Address(name, line1, postalCode, city, country);
    a.company = company;
    a.line2 = line2;
    a.region = region;
    a.phone = phone;
    return a;
  }

  /** The address on one line, for history and lists. */
  public String oneLine() {
    return Stream.of(name, company, line1, line2, join(postalCode, city), region, country, phone)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(", "));
  }

  /** The country's name in a language, e.g. "Spain" or "España". */
  public String countryName(Locale locale) {
    return country == null ? "" : new Locale("", country).getDisplayCountry(locale);
  }

  private static String join(String a, String b) {
    return Stream.of(a, b).filter(Objects::nonNull).collect(Collectors.joining(" "));
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a && oneLine().equals(a.oneLine());
  }

  @Override
  public int hashCode() {
    return oneLine().hashCode();
  }

  @Override
  public String toString() {
    return oneLine();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getLine1() {
    return line1;
  }

  public void setLine1(String line1) {
    this.line1 = line1;
  }

  public String getLine2() {
    return line2;
  }

  public void setLine2(String line2) {
    this.line2 = line2;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
