package com.orderpool.payments.boundary;

import com.orderpool.payments.entity.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment staff record by hand: amount, method, date received and the bank or slip reference. */
public class PaymentInput implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{payment.method.required}")
  private PaymentMethod method;

  @NotNull(message = "{payment.amount.required}")
  @DecimalMin(value = "0.01", message = "{payment.amount.positive}")
  @Digits(integer = 10, fraction = 2, message = "{payment.amount.format}")
  private BigDecimal amount;

  @NotNull(message = "{payment.date.required}")
  @PastOrPresent(message = "{payment.date.future}")
  private LocalDate receivedOn;

  @Size(max = 120, message = "{payment.reference.size}")
  private String reference;

  @Size(max = 500, message = "{payment.note.size}")
  private String note;

  public PaymentInput() {}

  public PaymentInput(PaymentMethod method, BigDecimal amount, LocalDate receivedOn) {
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
