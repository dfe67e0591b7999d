package com.orderpool.api.boundary.schema;

import static com.orderpool.api.boundary.schema.ApiResponseSchemas.DECIMAL;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the POST calls, as {@code ApiOrderInput} and {@code ApiActionInput} read
 * them. Amounts are decimals written as strings ({@code "100.00"}); a JSON number is accepted too.
 */
public final class ApiRequestSchemas {
  static final String AMOUNT_IN =
      " A decimal as a string with at most two decimals (\"100.00\"); a JSON number is accepted"
          + " too.";

  private ApiRequestSchemas() {}

  /** The body of {@code POST /api/v1/orders}. */
  @Schema(
      name = "OrderInput",
      requiredProperties = "lines",
      description =
          "An order as a shop sends it. The same rules as the order form apply; every field error"
              + " is reported at once, named as in this body (customer.email, lines[0].unitPrice)."
              + " Its lines: at least one; the order's total (their amounts plus the customization"
              + " and shipping costs) must be above zero.")
  public static final class OrderInput {
    @Schema(
        description = "MTO: one made-to-order item; BULK: a batch. Left out: MTO.",
        enumeration = {"MTO", "BULK"},
        defaultValue = "MTO",
        example = "MTO")
    public String type;

    @Schema(
        required = true,
        description = "The model (product) ordered; at most 120 characters.",
        maxLength = 120,
        example = "Derby")
    public String model;

    @Schema(
        description =
            "The shop's own reference, unique per tenant (a second order with it answers 409); at"
                + " most 100 characters.",
        maxLength = 100,
        example = "shop-1001")
    public String externalReference;

    @Schema(
        description = "How the order came in. Left out: API. BACKOFFICE is refused.",
        enumeration = {"API", "CSV", "IMPORT"},
        defaultValue = "API",
        example = "API")
    public String channel;

    @Schema(ref = "CustomerInput", required = true)
    public CustomerInput customer;

    @Schema(ref = "AddressInput", required = true)
    public AddressInput billingAddress;

    @Schema(ref = "AddressInput")
    public AddressInput shippingAddress;

    public List<LineInput> lines;

    @Schema(
        minimum = "1",
        maximum = "100000",
        description =
            "Pieces ordered. Left out: 1 for MTO, the sum of the lines' quantities for BULK (which"
                + " must match it when given).",
        example = "1")
    public Integer quantity;

    @Schema(
        format = DECIMAL,
        description = "Cost of customization, at least 0. Left out: 0." + AMOUNT_IN,
        example = "0.00")
    public String customizationCost;

    @Schema(
        format = DECIMAL,
        description = "Cost of shipping, at least 0. Left out: 0." + AMOUNT_IN,
        example = "0.00")
    public String shippingCost;

    @Schema(
        description =
            "The shipping method the customer chose: its name (in English or Spanish), or its id as"
                + " a JSON number.",
        example = "Standard delivery")
    public String shippingMethod;

    @Schema(
        description =
            "The code of the retailer (sales channel) the order came from, one of the tenant's"
                + " active retailers; its commission rate of today is recorded with the order. An"
                + " unknown or retired code answers 422 with a field error on retailer. Left out:"
                + " none (the merchant's own order).",
        maxLength = 20,
        example = "SHOP1")
    public String retailer;
  }

  /** The customer of an order in {@link OrderInput}. */
  @Schema(name = "CustomerInput", description = "Who ordered.")
  public static final class CustomerInput {
    @Schema(required = true, maxLength = 200, example = "Ana Ruiz")
    public String name;

    @Schema(required = true, format = "email", maxLength = 254, example = "ana@customer.example")
    public String email;

    @Schema(pattern = "^[+0-9 ()./-]{0,40}$", example = "+34 600 000 000")
    public String phone;

    @Schema(maxLength = 200)
    public String company;

    @Schema(
        description = "Language of the e-mails the customer gets. Left out: the tenant's.",
        enumeration = {"en", "es"},
        example = "es")
    public String language;
  }

  /** A billing or shipping address in {@link OrderInput}. */
  @Schema(name = "AddressInput", description = "A postal address.")
  public static final class AddressInput {
    @Schema(required = true, maxLength = 200, example = "Ana Ruiz")
    public String name;

    @Schema(maxLength = 200)
    public String company;

    @Schema(required = true, maxLength = 200, example = "Calle Mayor 1")
    public String line1;

    @Schema(maxLength = 200)
    public String line2;

    @Schema(required = true, pattern = "^[A-Za-z0-9 -]{2,12}$", example = "28001")
    public String postalCode;

    @Schema(required = true, maxLength = 100, example = "Madrid")
    public String city;

    @Schema(maxLength = 100)
    public String region;

    @Schema(
        required = true,
        description = "ISO 3166-1 alpha-2 country code, upper case.",
        pattern = "^[A-Z]{2}$",
        example = "ES")
    public String country;

    @Schema(pattern = "^[+0-9 ()./-]{0,40}$")
    public String phone;
  }

  /** One line of {@link OrderInput}. */
  @Schema(name = "LineInput", description = "One line of an order.")
  public static final class LineInput {
    @Schema(maxLength = 64, example = "DRB-38")
    public String sku;

    @Schema(required = true, maxLength = 300, example = "Derby, EU 38")
    public String description;

    @Schema(
        minimum = "1",
        maximum = "100000",
        description = "Pieces. Left out: 1.",
        defaultValue = "1",
        example = "1")
    public Integer quantity;

    @Schema(
        required = true,
        format = DECIMAL,
        description =
            "Price of one piece, above 0 unless the line is free (then 0), at most 10 integer"
                + " digits."
                + AMOUNT_IN,
        example = "100.00")
    public String unitPrice;

    @Schema(maxLength = 2000, description = "Engraving or other personalisation of the piece.")
    public String personalisation;

    @Schema(description = "Given at no charge (its price must then be 0).", defaultValue = "false")
    public Boolean free;
  }

  /** The body of {@code POST /api/v1/orders/{number}/status}. */
  @Schema(name = "StatusChange", description = "The status to move the order to.")
  public static final class StatusChange {
    @Schema(
        required = true,
        description =
            "A status code of the tenant (GET /api/v1/statuses), matched ignoring case; the"
                + " tenant's status machine must allow the move.",
        example = "cut")
    public String status;
  }

  /** The body of {@code POST /api/v1/orders/{number}/cancel}. */
  @Schema(name = "Cancellation", description = "Why the order is cancelled.")
  public static final class Cancellation {
    @Schema(required = true, minLength = 1, example = "Customer changed their mind")
    public String reason;
  }

  /** The body of {@code POST /api/v1/orders/{number}/payments}. */
  @Schema(name = "PaymentInput", description = "A payment received by hand.")
  public static final class PaymentInput {
    @Schema(
        required = true,
        description = "How the money came (the manual methods only).",
        enumeration = {"BANK_TRANSFER", "CASH", "CARD_TERMINAL"},
        example = "BANK_TRANSFER")
    public String method;

    @Schema(
        required = true,
        format = DECIMAL,
        description = "Amount received, at least 0.01." + AMOUNT_IN,
        example = "121.00")
    public String amount;

    @Schema(
        format = "date",
        description = "The day it was received. Left out: today (in the tenant's time zone).",
        example = "2026-12-06")
    public String receivedOn;

    @Schema(maxLength = 120, description = "The bank's or payer's reference.", example = "TRF-0042")
    public String reference;

    @Schema(maxLength = 500)
    public String note;
  }

  /** The body of {@code POST /api/v1/orders/{number}/shipments}. */
  @Schema(
      name = "ShipmentInput",
      description =
          "How what is left of the order is shipped: the method, and the carrier's tracking"
              + " numbers (none blank).")
  public static final class ShipmentInput {
    @Schema(
        description =
            "The shipping method: its name (in English or Spanish), or its id as a JSON number."
                + " Left out: the method the customer chose.",
        example = "Standard delivery")
    public String method;

    public List<String> trackingNumbers;
  }
}
