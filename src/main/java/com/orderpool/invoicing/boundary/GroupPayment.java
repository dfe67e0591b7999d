package com.orderpool.invoicing.boundary;

import com.orderpool.payments.entity.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A group's payment as staff record it: the manual method, the day it came in, a reference, and the
 * amount they were shown (the group's balance), so a group that changed meanwhile is refused.
 */
public class GroupPayment implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{group.pay.method.required}")
  private PaymentMethod method;

  @NotNull(message = "{group.pay.amount.required}")
  @DecimalMin(value = "0.01", message = "{group.pay.amount.positive}")
  @Digits(integer = 10, fraction = 2, message = "{group.pay.amount.positive}")
  private BigDecimal amount;

  @NotNull(message = "{group.pay.date.required}")
  @PastOrPresent(message = "{group.pay.date.future}")
  private LocalDate receivedOn;

  @Size(max = 120, message = "{group.pay.reference.size}")
  private String reference;

  @Size(max = 500, message = "{group.pay.note.size}")
  private String note;

  public GroupPayment() {}

  public GroupPayment(PaymentMethod method, BigDecimal amount, LocalDate receivedOn) {
    this.method = method;
    this.amount = amount;
    this.receivedOn = receivedOn;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
