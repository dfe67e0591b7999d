package com.orderpool.orders.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.entity.LineSpec;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** One line of the new-order form. */
public class LineInput implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The line this input edits; null for a new line. */
  private Long lineId;

  @Size(max = 64)
  private String sku;

  /** Left empty, the order's model is used. */
  @Size(max = 300)
  private String description;

  @Min(value = 1, message = "{line.quantity.min}")
  @Max(value = 100_000, message = "{order.quantity.max}")
  private int quantity = 1;

  @NotNull(message = "{line.unitPrice.required}")
  @DecimalMin(value = "0.00", message = "{line.unitPrice.min}")
  @Digits(integer = 10, fraction = 2, message = "{line.unitPrice.digits}")
  private BigDecimal unitPrice = BigDecimal.ZERO;

  @Size(max = 2000)
  private String personalisation;

  /** Given at no charge: the only way a line may have a price of zero. */
  private boolean free;

  public LineInput() {}

  public LineInput(String sku, String description, int quantity, BigDecimal unitPrice) {
    this.sku = sku;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
  }

  /**
   * The line as placed, number {@code lineNo} (from 1) of its order. A line needs a description,
   * and a price above zero unless it is marked free (then its price is zero).
   */
  public LineSpec toSpec(int lineNo) {
    if (description == null || description.isBlank()) {
      throw new BusinessException("description", "line.description.required", lineNo);
    }
    BigDecimal price = unitPrice == null ? BigDecimal.ZERO : unitPrice;
    if (free && price.signum() != 0) {
      throw new BusinessException("unitPrice", "line.free.priced", lineNo);
    }
    if (!free && price.signum() <= 0) {
      throw new BusinessException("unitPrice", "line.unitPrice.zero", lineNo);
    }
    return new LineSpec(sku, description, quantity, price, personalisation);
  }

  /** An order line as a form shows it (a zero price is a Free line); it names the line it shows. */
  public static LineInput of(com.orderpool.orders.entity.OrderLine line) {
    LineInput in =
        new LineInput(
            line.getSku(), line.getDescription(), line.getQuantity(), line.getUnitPrice());
    in.setPersonalisation(line.getPersonalisation());
    in.setFree(line.getUnitPrice().signum() == 0);
    in.setLineId(line.getId());
    return in;
  }

  /** The lines of a form as placed, numbered from 1. */
  public static List<LineSpec> specs(List<LineInput> lines) {
    List<LineSpec> specs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      specs.add(lines.get(i).toSpec(i + 1));
    }
    return specs;
  }

  public boolean isFree() {
    return free;
  }

  public void setFree(boolean free) {
    this.free = free;
  }

  public Long getLineId() {
    return lineId;
  }

  public void setLineId(Long lineId) {
    this.lineId = lineId;
  }

  /** The line amount for the live totals in the form. */
  public BigDecimal getAmount() {
    return unitPrice == null
        ? BigDecimal.ZERO
        : unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
  }

  public String getPersonalisation() {
    return personalisation;
  }

  public void setPersonalisation(String personalisation) {
    this.personalisation = personalisation;
  }
}
