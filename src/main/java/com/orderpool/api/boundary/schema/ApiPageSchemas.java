package com.orderpool.api.boundary.schema;

import static com.orderpool.api.boundary.schema.ApiResponseSchemas.DATE_TIME;
import static com.orderpool.api.boundary.schema.ApiResponseSchemas.DECIMAL;
import static com.orderpool.api.boundary.schema.ApiResponseSchemas.DECIMAL_PATTERN;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list pages ({@code data} and the cursor of the next page), statuses, invoices, the answers of
 * cancelling and shipping, and the RFC 9457 problem details every error answers with.
 */
public final class ApiPageSchemas {
  static final String NEXT_CURSOR =
      "Pass it back as cursor for the next page; null when the page is empty and no cursor was"
          + " given. Kept after the last page, it picks up what arrives later.";

  private ApiPageSchemas() {}

  /** A page of {@code GET /api/v1/orders}. */
  @Schema(
      name = "OrderPage",
      requiredProperties = "data",
      description = "A page of orders (in data, without their lines), oldest first.")
  public static final class OrderPage {
    public List<ApiResponseSchemas.OrderSummary> data;

    @Schema(required = true, description = "Whether more orders follow now.")
    public Boolean hasMore;

    @Schema(required = true, nullable = true, description = NEXT_CURSOR)
    public String nextCursor;
  }

  /** A status as an order carries it. */
  @Schema(name = "StatusRef", description = "The order's status: its code, names and phase.")
  public static class StatusRef {
    @Schema(required = true, description = "The tenant's code of the status.", example = "cut")
    public String code;

    @Schema(ref = "StatusNames", required = true)
    public StatusNames names;

    @Schema(
        required = true,
        description = "The phase the status belongs to.",
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
        example = "IN_PRODUCTION")
    public String phase;
  }

  /** The names of a status in the languages of the backoffice. */
  @Schema(name = "StatusNames", description = "The status's name in English and Spanish.")
  public static final class StatusNames {
    @Schema(required = true, example = "Cutting")
    public String en;

    @Schema(required = true, example = "Corte")
    public String es;
  }

  /** A status of the tenant, as {@code GET /api/v1/statuses} lists it. */
  @Schema(name = "Status", description = "An order status of the tenant.")
  public static final class Status extends StatusRef {
    @Schema(required = true, description = "Position in the status list.", example = "3")
    public Integer displayOrder;

    @Schema(description = "Display colour, CSS hex.", example = "#1f77b4")
    public String colour;

    @Schema(description = "What the status means, in English.")
    public String description;

    @Schema(required = true, description = "Whether orders can be moved to it.")
    public Boolean active;
  }

  /** The answer of {@code GET /api/v1/statuses}. */
  @Schema(
      name = "StatusList",
      requiredProperties = "data",
      description = "The tenant's statuses (in data), in display order.")
  public static final class StatusList {
    public List<Status> data;
  }

  /** An invoice or credit note of {@code GET /api/v1/invoices}. */
  @Schema(name = "Invoice", description = "An invoice or credit note as issued.")
  public static final class Invoice {
    @Schema(required = true, example = "2026-0001")
    public String number;

    @Schema(
        required = true,
        enumeration = {"INVOICE", "CREDIT_NOTE"},
        example = "INVOICE")
    public String kind;

    @Schema(required = true, format = DATE_TIME, example = "2026-12-06T09:30:00Z")
    public String issuedAt;

    @Schema(required = true, description = "ISO 4217 currency code.", example = "EUR")
    public String currency;

    @Schema(required = true, example = "Ana Ruiz")
    public String customerName;

    @Schema(format = "email", example = "ana@customer.example")
    public String customerEmail;

    @Schema(
        description = "The numbers of the orders it covers, separated by a comma and a space.",
        example = "10001-BFG")
    public String orders;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "100.00")
    public String subtotal;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "21.00")
    public String vat;

    @Schema(required = true, format = DECIMAL, pattern = DECIMAL_PATTERN, example = "121.00")
    public String total;

    @Schema(required = true)
    public Boolean paid;
  }

  /** A page of {@code GET /api/v1/invoices}. */
  @Schema(
      name = "InvoicePage",
      requiredProperties = "data",
      description = "A page of invoices and credit notes (in data), by issue.")
  public static final class InvoicePage {
    public List<Invoice> data;

    @Schema(required = true, description = "Whether more documents follow now.")
    public Boolean hasMore;

    @Schema(required = true, nullable = true, description = NEXT_CURSOR)
    public String nextCursor;
  }

  /**
   * A PDF file, as {@code GET /api/v1/invoices/{number}.pdf} answers it. A named schema rather than
   * one inline in the response: Payara merges an unrelated component into an inline response schema
   * that names no implementation class.
   */
  @Schema(
      name = "PdfDocument",
      type = SchemaType.STRING,
      format = "binary",
      description = "A PDF file.")
  public static final class PdfDocument {}

  /** The answer of {@code POST /api/v1/orders/{number}/cancel}. */
  @Schema(name = "CancelResult", description = "The cancelled order and the fee applied.")
  public static final class CancelResult {
    @Schema(
        required = true,
        format = DECIMAL,
        pattern = DECIMAL_PATTERN,
        description = "The cancellation fee charged.",
        example = "0.00")
    public String fee;

    @Schema(required = true, example = "EUR")
    public String currency;

    @Schema(ref = "Order", required = true)
    public ApiResponseSchemas.Order order;
  }

  /** The answer of {@code POST /api/v1/orders/{number}/shipments}. */
  @Schema(
      name = "ShipmentResult",
      requiredProperties = "trackingNumbers",
      description = "The shipment, sent, its tracking numbers and the order.")
  public static final class ShipmentResult {
    @Schema(required = true, format = "int64", description = "The shipment's id.", example = "42")
    public Integer shipment;

    @Schema(
        required = true,
        enumeration = {"SCHEDULED", "SENT", "DELIVERED"},
        example = "SENT")
    public String status;

    public List<String> trackingNumbers;

    @Schema(ref = "Order", required = true)
    public ApiResponseSchemas.Order order;
  }

  /** An error: RFC 9457 problem details ({@code application/problem+json}). */
  @Schema(
      name = "Problem",
      description =
          "RFC 9457 problem details; texts are in English. Invalid input lists each invalid"
              + " field in errors.")
  public static final class Problem {
    @Schema(
        required = true,
        format = "uri",
        description = "The kind of problem.",
        example = "urn:orderpool:problem:validation")
    public String type;

    @Schema(
        required = true,
        description = "The kind of problem, in words.",
        example = "Invalid input")
    public String title;

    @Schema(required = true, description = "The HTTP status.", example = "400")
    public Integer status;

    @Schema(description = "What went wrong, in words.")
    public String detail;

    @Schema(
        required = true,
        description = "The message key behind the detail, stable for programs.",
        example = "api.invalid")
    public String code;

    public List<FieldError> errors;
  }

  /** One invalid field of a {@link Problem}. */
  @Schema(name = "FieldError", description = "One invalid field.")
  public static final class FieldError {
    @Schema(
        required = true,
        description = "The field, named as in the request body.",
        example = "customer.email")
    public String field;

    @Schema(required = true, example = "This is not a valid e-mail address.")
    public String message;
  }
}
