package com.orderpool.api.boundary;

import com.orderpool.core.Address;
import com.orderpool.core.JsonP;
import com.orderpool.core.MalformedRequestException;
import com.orderpool.integration.InvalidInputException;
import com.orderpool.integration.Problems.FieldError;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.OrderType;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/orders}, read into the same command the order form sends. Every
 * field error is reported at once, named as in the body ({@code customer.email}, {@code
 * billingAddress.city}, {@code lines[0].unitPrice}).
 */
public final class ApiOrderInput {
  private static final Map<String, String> NAMES =
      Map.of(
          "customerName", "customer.name",
          "customerEmail", "customer.email",
          "customerPhone", "customer.phone",
          "customerCompany", "customer.company",
          "customerLanguage", "customer.language",
          "billing", "billingAddress",
          "shipping", "shippingAddress");

  /** The command and the channel it came by, and the shipping method's name if given by name. */
  public record Parsed(NewOrder order, Channel channel, String shippingMethodName) {}

  private final List<FieldError> errors = new ArrayList<>();

  private ApiOrderInput() {}

  static JsonObject json(byte[] body) {
    try (JsonReader r = JsonP.createReader(new ByteArrayInputStream(body))) {
      return r.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new MalformedRequestException(null, "api.malformedJson");
    }
  }

  static Parsed parse(byte[] body, Validator validator) {
    return read(json(body), validator);
  }

  /**
   * Reads an order body (from the API, or built from an import file's rows); every field error at
   * once as an {@link InvalidInputException}.
   */
  public static Parsed read(JsonObject body, Validator validator) {
    return new ApiOrderInput().readBody(body, validator);
  }

  private Parsed readBody(JsonObject o, Validator validator) {
    NewOrder cmd = new NewOrder();
    cmd.setType(enumValue(o, "type", OrderType.class, OrderType.MTO));
    Channel channel = enumValue(o, "channel", Channel.class, Channel.API);
    if (channel == Channel.BACKOFFICE) {
      errors.add(FieldError.of("channel", "api.channel.invalid"));
    }
    cmd.setModel(text(o, "model"));
    cmd.setExternalReference(text(o, "externalReference"));
    cmd.setRetailer(text(o, "retailer"));
    JsonObject customer = object(o, "customer");
    if (customer != null) {
      cmd.setCustomerName(text(customer, "name", "customer.name"));
      cmd.setCustomerEmail(text(customer, "email", "customer.email"));
      cmd.setCustomerPhone(text(customer, "phone", "customer.phone"));
      cmd.setCustomerCompany(text(customer, "company", "customer.company"));
      cmd.setCustomerLanguage(text(customer, "language", "customer.language"));
    }
    cmd.setBilling(address(o, "billingAddress"));
    cmd.setShipping(address(o, "shippingAddress"));
    List<LineInput> lines = new ArrayList<>();
    if (o.containsKey("lines") && o.get("lines").getValueType() == JsonValue.ValueType.ARRAY) {
      int i = 0;
      for (JsonValue v : o.getJsonArray("lines")) {
        String at = "lines[" + i++ + "]";
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
          errors.add(FieldError.of(at, "api.field.object"));
          continue;
        }
        JsonObject l = v.asJsonObject();
        LineInput line = new LineInput();
        line.setSku(text(l, "sku", at + ".sku"));
        line.setDescription(text(l, "description", at + ".description"));
        line.setQuantity(integer(l, "quantity", at + ".quantity", 1));
        line.setUnitPrice(decimal(l, "unitPrice", at + ".unitPrice", null));
        line.setPersonalisation(text(l, "personalisation", at + ".personalisation"));
        line.setFree(l.getBoolean("free", false));
        lines.add(line);
      }
    } else if (o.containsKey("lines")) {
      errors.add(FieldError.of("lines", "api.field.array"));
    }
    cmd.setLines(lines);
    int pieces = lines.stream().mapToInt(LineInput::getQuantity).sum();
    cmd.setQuantity(
        integer(o, "quantity", "quantity", cmd.getType() == OrderType.BULK ? pieces : 1));
    cmd.setCustomizationCost(decimal(o, "customizationCost", "customizationCost", BigDecimal.ZERO));
    cmd.setShippingCost(decimal(o, "shippingCost", "shippingCost", BigDecimal.ZERO));
    String methodName = null;
    JsonValue method = o.get("shippingMethod");
    if (method instanceof JsonNumber n) {
      cmd.setShippingMethodId(n.longValue());
    } else if (method instanceof JsonString s) {
      methodName = s.getString().strip();
    } else if (method != null && method != JsonValue.NULL) {
      errors.add(FieldError.of("shippingMethod", "api.shippingMethod.invalid"));
    }
    java.util.Set<String> reported =
        errors.stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
    for (ConstraintViolation<NewOrder> v : validator.validate(cmd)) {
      String field = name(v.getPropertyPath());
      if (!reported.contains(field)) {
        errors.add(FieldError.ofConstraint(field, v.getMessageTemplate(), v.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
      throw new InvalidInputException(errors);
    }
    return new Parsed(cmd, channel, methodName);
  }

  /** A property path as the body names it: {@code billingAddress.city}, {@code lines[0].sku}. */
  static String name(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.getName() == null) {
        continue;
      }
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(NAMES.getOrDefault(n.getName(), n.getName()));
      if (n.getIndex() != null) {
        b.append('[').append(n.getIndex()).append(']');
      }
    }
    // an index belongs to the element after the list node in Bean Validation's paths
    return b.toString().replaceAll("lines\\.(\\w+)\\[(\\d+)]", "lines[$2].$1");
  }

  private Address address(JsonObject o, String name) {
    JsonObject a = object(o, name);
    if (a == null) {
      return null;
    }
    Address address = new Address();
    address.setName(text(a, "name", name + ".name"));
    address.setCompany(text(a, "company", name + ".company"));
    address.setLine1(text(a, "line1", name + ".line1"));
    address.setLine2(text(a, "line2", name + ".line2"));
    address.setPostalCode(text(a, "postalCode", name + ".postalCode"));
    address.setCity(text(a, "city", name + ".city"));
    address.setRegion(text(a, "region", name + ".region"));
    address.setCountry(text(a, "country", name + ".country"));
    address.setPhone(text(a, "phone", name + ".phone"));
    return address;
  }

  private JsonObject object(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.add(FieldError.of(name, "api.field.object"));
      return null;
    }
    return v.asJsonObject();
  }

  private String text(JsonObject o, String name) {
    return text(o, name, name);
  }

  private String text(JsonObject o, String name, String field) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(FieldError.of(field, "api.field.text"));
    return null;
  }

  private int integer(JsonObject o, String name, String field, int fallback) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return fallback;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException tooBig) {
        // refused below
      }
    }
    errors.add(FieldError.of(field, "api.field.integer"));
    return fallback;
  }

  private BigDecimal decimal(JsonObject o, String name, String field, BigDecimal fallback) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return fallback;
    }
    try {
      if (v instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      if (v instanceof JsonString s) {
        return new BigDecimal(s.getString().strip());
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(FieldError.of(field, "api.field.decimal"));
    return fallback;
  }

  private <E extends Enum<E>> E enumValue(JsonObject o, String name, Class<E> type, E fallback) {
    String v = text(o, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.of(name, "api.enum.invalid", v));
      return fallback;
    }
  }
}
