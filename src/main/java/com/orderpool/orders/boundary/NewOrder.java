package com.orderpool.orders.boundary;

import com.orderpool.core.Address;
import com.orderpool.orders.entity.OrderType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The command to place an order, shared by every intake channel. */
public class NewOrder implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private OrderType type = OrderType.MTO;

  @NotBlank(message = "{order.model.required}")
  @Size(max = 120)
  private String model;

  @Min(value = 1, message = "{order.quantity.min}")
  @Max(value = 100_000, message = "{order.quantity.max}")
  private int quantity = 1;

  @NotBlank(message = "{order.customerName.required}")
  @Size(max = 200)
  private String customerName;

  @NotBlank(message = "{order.customerEmail.required}")
  @Email(message = "{email.invalid}")
  @Size(max = 254)
  private String customerEmail;

  @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{address.phone.invalid}")
  private String customerPhone;

  @Size(max = 200)
  private String customerCompany;

  /** The customer's language for e-mails and documents; empty means the tenant's. */
  @Pattern(regexp = "(en|es)?", message = "{order.customerLanguage.invalid}")
  private String customerLanguage;

  @NotNull(message = "{address.billing.required}")
  @Valid
  private Address billing = new Address();

  /** Null means "ship to the billing address". */
  @Valid private Address shipping;

  @Valid private List<LineInput> lines = new ArrayList<>();

  /** The order this one copies (its id), when the form was opened by Clone; else null. */
  private Long cloneOf;

  @DecimalMin(value = "0.00", message = "{cost.min}")
  @Digits(integer = 10, fraction = 2, message = "{line.unitPrice.digits}")
  private BigDecimal customizationCost = BigDecimal.ZERO;

  @DecimalMin(value = "0.00", message = "{cost.min}")
  @Digits(integer = 10, fraction = 2, message = "{line.unitPrice.digits}")
  private BigDecimal shippingCost = BigDecimal.ZERO;

  /**
   * The shipping method the customer chose: the id of one of the tenant's active methods (shipping
   * checks it when the order is placed), or null for none.
   */
  private Long shippingMethodId;

  /** The caller's own reference (API orders), unique per channel; null for none. */
  @Size(max = 100, message = "{order.externalReference.size}")
  private String externalReference;

  /**
   * The code of the retailer (sales channel) the order came from, one of the tenant's active
   * retailers; null or blank for none.
   */
  @Size(max = 20, message = "{retailer.code.size}")
  private String retailer;

  public NewOrder() {}

  public String getRetailer() {
    return retailer;
  }

  public void setRetailer(String retailer) {
    this.retailer = retailer;
  }

  public String getExternalReference() {
    return externalReference;
  }

  public void setExternalReference(String externalReference) {
    this.externalReference = externalReference;
  }

  public NewOrder(
      OrderType type, String model, int quantity, String customerName, String customerEmail) {
    this.type = type;
    this.model = model;
    this.quantity = quantity;
    this.customerName = customerName;
    this.customerEmail = customerEmail == null ? null : customerEmail.strip();
  }

  public String getCustomerPhone() {
    return customerPhone;
  }

  public void setCustomerPhone(String customerPhone) {
    this.customerPhone = customerPhone;
  }

  public String getCustomerCompany() {
    return customerCompany;
  }

  public void setCustomerCompany(String customerCompany) {
    this.customerCompany = customerCompany;
  }

  public String getCustomerLanguage() {
    return customerLanguage;
  }

  public void setCustomerLanguage(String customerLanguage) {
    this.customerLanguage = customerLanguage;
  }

  public Address getBilling() {
    return billing;
  }

  public void setBilling(Address billing) {
    this.billing = billing;
  }

  public Address getShipping() {
    return shipping;
  }

  public void setShipping(Address shipping) {
    this.shipping = shipping;
  }

  public Long getCloneOf() {
    return cloneOf;
  }

  public void setCloneOf(Long cloneOf) {
    this.cloneOf = cloneOf;
  }

  public List<LineInput> getLines() {
    return lines;
  }

  public void setLines(List<LineInput> lines) {
    this.lines = lines;
  }

  public BigDecimal getCustomizationCost() {
    return customizationCost;
  }

  public void setCustomizationCost(BigDecimal customizationCost) {
    this.customizationCost = customizationCost;
  }

  public BigDecimal getShippingCost() {
    return shippingCost;
  }

  public void setShippingCost(BigDecimal shippingCost) {
    this.shippingCost = shippingCost;
  }

  public Long getShippingMethodId() {
    return shippingMethodId;
  }

  public void setShippingMethodId(Long shippingMethodId) {
    this.shippingMethodId = shippingMethodId;
  }

  public OrderType getType() {
    return type;
  }

  public void setType(OrderType type) {
    this.type = type;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public String getCustomerName() {
    return customerName;
  }

  public void setCustomerName(String customerName) {
    this.customerName = customerName;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public void setCustomerEmail(String customerEmail) {
    this.customerEmail = customerEmail == null ? null : customerEmail.strip();
  }
}
