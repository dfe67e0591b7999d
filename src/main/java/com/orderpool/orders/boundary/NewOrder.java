package com.orderpool.orders.boundary;

import com.orderpool.orders.entity.OrderType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

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

  public NewOrder() {}

  public NewOrder(
      OrderType type, String model, int quantity, String customerName, String customerEmail) {
    this.type = type;
    this.model = model;
    this.quantity = quantity;
    this.customerName = customerName;
    this.customerEmail = customerEmail;
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
    this.customerEmail = customerEmail;
  }
}
