package com.orderpool.orders.boundary;

import com.orderpool.orders.entity.SetupItem;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A setup item as a tenant admin enters it: its name (English, optionally Spanish) and price. */
public class SetupItemForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The item being edited, with the version the admin saw; null for a new item. */
  private Long id;

  private long version;

  @NotBlank(message = "{setup.name.required}")
  @Size(max = 120, message = "{setup.name.size}")
  private String nameEn;

  @Size(max = 120, message = "{setup.name.size}")
  private String nameEs;

  @NotNull(message = "{setup.price.required}")
  @DecimalMin(value = "0.00", message = "{setup.price.min}")
  @Digits(integer = 10, fraction = 2, message = "{line.unitPrice.digits}")
  private BigDecimal price = BigDecimal.ZERO;

  public SetupItemForm() {}

  public SetupItemForm(String nameEn, String nameEs, BigDecimal price) {
    this.nameEn = nameEn;
    this.nameEs = nameEs;
    this.price = price;
  }

  public static SetupItemForm of(SetupItem item) {
    SetupItemForm f = new SetupItemForm(item.getNameEn(), item.getNameEs(), item.getPrice());
    f.id = item.getId();
    f.version = item.getVersion();
    return f;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }
}
