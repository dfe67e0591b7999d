package com.orderpool.api.boundary.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies the API answers: orders as {@code OrderJson} writes them, the list pages of {@code
 * OrderFeed} and {@code InvoiceFeed}, the statuses, the results of cancelling and shipping, and the
 * problem details of {@code Problems}. Amounts are decimal strings ({@code "121.00"}), instants
 * ISO-8601 in UTC; a field without a value is left out.
 */
public final class ApiResponseSchemas {
  /** The format of amounts: decimals written as strings. */
  static final String DECIMAL = "decimal";

  /** How an amount answered looks: plain digits, a point and decimals, never an exponent. */
  static final String DECIMAL_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

  static final String DATE_TIME = "date-time";

  private ApiResponseSchemas() {}

  /** An order without its lines, as lists show it. */
  @Schema(name = "OrderSummary", description = "An order without its lines (as lists show it).")
  public static class OrderSummary {
    @Schema(
        required = true,
        description = "The order number: sequence, dash, the tenant's code.",
        example = "10001-BFG")
    public String number;

    @Schema(
        required = true,
        enumeration = {"MTO", "BULK"},
        example = "MTO")
    public String type;

    @Schema(
        required = true,
        description = "How the order came in.",
        enumeration = {"BACKOFFICE", "API", "CSV", "IMPORT"},
        example = "API")
    public String channel;

    @Schema(required = true, example = "Derby")
    public String model;

    @Schema(required = true, description = "Pieces ordered.", example = "1")
    public Integer quantity;

    @Schema(description = "The shop's own reference.", example = "shop-1001")
    public String externalReference;

    @Schema(ref = "StatusRef", required = true)
    public ApiPageSchemas.StatusRef status;

    @Schema(
        required = true,
        description = "The phase of the order's status.",
        enumeration = {
          "PENDING_PAYMENT",
          "ON_HOLD",
          "IN_PRODUCTION",
          "SHIPPED",
          "COMPLETED",
          "CANCELLED",
          "REFUNDED",
          "FAILED"
        },
        example = "PENDING_PAYMENT")
    public String phase;

    @Schema(
        required = true,
        enumeration = {"UNPAID", "PARTIALLY_PAID", "PAID", "PARTIALLY_REFUNDED", "REFUNDED"},
        example = "UNPAID")
    public String paymentStatus;

    @Schema(required = true, description = "ISO 4217 currency code.", example = "EUR")
    public String currency;

    @Schema(ref = "Customer", required = true)
    public Customer customer;

    @Schema(ref = "Address")
    public Address billingAddress;

    @Schema(ref = "Address")
    public Address shippingAddress;

    @Schema(ref = "Costs", required = true)
    public Costs costs;

    @Schema(
        required = true,
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "Paid so far.",
        example = "0.00")
    public String amountPaid;

    @Schema(required = true, format = DATE_TIME, example = "2026-12-06T09:30:00Z")
    public String createdAt;

    @Schema(
        format = DATE_TIME,
        description = "When the order last changed (the sync feed's order).",
        example = "2026-12-06T09:30:00Z")
    public String updatedAt;

    @Schema(format = DATE_TIME)
    public String paidAt;

    @Schema(format = DATE_TIME)
    public String shippedAt;

    @Schema(format = DATE_TIME)
    public String cancelledAt;

    @Schema(
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "The fee charged on cancelling, once cancelled.")
    public String cancelFee;
  }

  /** An order with its lines. */
  @Schema(
      name = "Order",
      requiredProperties = "lines",
      description = "An order with its lines, by line number.")
  public static final class Order extends OrderSummary {
    public List<OrderLine> lines;
  }

  /** One line of an {@link Order}. */
  @Schema(name = "OrderLine", description = "One line of an order.")
  public static final class OrderLine {
    @Schema(required = true, description = "Line number, from 1.", example = "1")
    public Integer lineNo;

    @Schema(example = "DRB-38")
    public String sku;

    @Schema(required = true, example = "Derby, EU 38")
    public String description;

    @Schema(required = true, example = "1")
    public Integer quantity;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "100.00")
    public String unitPrice;

    @Schema(
        required = true,
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "Quantity times unit price.",
        example = "100.00")
    public String amount;

    @Schema(description = "Engraving or other personalisation of the piece.")
    public String personalisation;
  }

  /** The customer of an order. */
  @Schema(name = "Customer", description = "Who ordered.")
  public static final class Customer {
    @Schema(required = true, example = "Ana Ruiz")
    public String name;

    @Schema(required = true, format = "email", example = "ana@customer.example")
    public String email;

    public String phone;

    public String company;

    @Schema(
        enumeration = {"en", "es"},
        example = "es")
    public String language;
  }

  /** A postal address of an order. */
  @Schema(name = "Address", description = "A postal address; empty fields are left out.")
  public static final class Address {
    @Schema(example = "Ana Ruiz")
    public String name;

    public String company;

    @Schema(example = "Calle Mayor 1")
    public String line1;

    public String line2;

    @Schema(example = "28001")
    public String postalCode;

    @Schema(example = "Madrid")
    public String city;

    public String region;

    @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "ES")
    public String country;

    public String phone;
  }

  /** The costs of an order. */
  @Schema(name = "Costs", description = "What the order costs.")
  public static final class Costs {
    @Schema(
        required = true,
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "The lines' amounts.",
        example = "100.00")
    public String manufacturing;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "0.00")
    public String customization;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "0.00")
    public String shipping;

    @Schema(
        required = true,
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "VAT rate in percent.",
        example = "21.00")
    public String vatRate;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "21.00")
    public String vat;

    @Schema(
        required = true,
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "Total to pay, VAT included.",
        example = "121.00")
    public String total;
  }
}
