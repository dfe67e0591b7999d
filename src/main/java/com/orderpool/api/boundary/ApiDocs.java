package com.orderpool.api.boundary;

/**
 * The texts and examples of the order API's OpenAPI annotations: the first example of the API
 * reference (an order as a shop sends it), the other bodies' examples, and the answers'
 * descriptions shared by the resources.
 */
public final class ApiDocs {
  private ApiDocs() {}

  public static final String IDEMPOTENCY_DOC =
      "Any unique string (e.g. a UUID): the first answer is kept 24 hours and replayed for the same"
          + " key; the same key with another body answers 422.";

  /** The first example of the API reference: an order as a shop sends it. */
  public static final String ORDER_EXAMPLE =
      "{\"type\":\"MTO\",\"model\":\"Derby\",\"externalReference\":\"shop-1001\",\"channel\":\"API\","
          + "\"customer\":{\"name\":\"Ana Ruiz\",\"email\":\"ana@customer.example\",\"language\":\"es\"},"
          + "\"billingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\",\"postalCode\":\"28001\","
          + "\"city\":\"Madrid\",\"country\":\"ES\"},"
          + "\"shippingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\",\"postalCode\":\"28001\","
          + "\"city\":\"Madrid\",\"country\":\"ES\"},"
          + "\"lines\":[{\"sku\":\"DRB-38\",\"description\":\"Derby, EU 38\",\"quantity\":1,\"unitPrice\":\"100.00\"}]}";

  public static final String STATUS_EXAMPLE = "{\"status\":\"cut\"}";
  public static final String CANCEL_EXAMPLE = "{\"reason\":\"Customer changed their mind\"}";
  public static final String PAYMENT_EXAMPLE =
      "{\"method\":\"BANK_TRANSFER\",\"amount\":\"121.00\",\"receivedOn\":\"2026-12-06\","
          + "\"reference\":\"TRF-0042\"}";
  public static final String SHIP_EXAMPLE =
      "{\"method\":\"Standard delivery\",\"trackingNumbers\":[\"PK123456789ES\"]}";

  public static final String INVALID =
      "Malformed JSON, invalid fields (each one in errors), or a bad Idempotency-Key.";
  public static final String BAD_QUERY = "An invalid query parameter (limit, cursor, an instant).";
  public static final String NOT_FOUND = "No such order in the key's tenant.";
  public static final String CONFLICT =
      "The order changed meanwhile, or (placing) its externalReference is taken; retry.";
  public static final String REFUSED =
      "A business rule refuses it, or the Idempotency-Key was used with another body.";
  public static final String TOO_LARGE = "The body is over 1 MB.";
}
