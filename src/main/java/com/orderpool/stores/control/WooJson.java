package com.orderpool.stores.control;

import com.orderpool.core.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON in and out of plain maps and lists: the store's answers are read into them (numbers as
 * {@link BigDecimal}, so no price goes through a double), and an order body built as a map becomes
 * the JSON object the API's reader takes.
 */
public final class WooJson {
  private WooJson() {}

  /** The store's answer as a list of orders; empty when it is not a JSON array of objects. */
  @SuppressWarnings("unchecked")
  public static Optional<List<Map<String, Object>>> orders(byte[] body) {
    try (JsonReader r = JsonP.createReader(new ByteArrayInputStream(body))) {
      JsonValue v = r.readValue();
      if (!(v instanceof JsonArray array)) {
        return Optional.empty();
      }
      List<Map<String, Object>> out = new ArrayList<>(array.size());
      for (JsonValue o : array) {
        if (!(o instanceof JsonObject)) {
          return Optional.empty();
        }
        out.add((Map<String, Object>) plain(o));
      }
      return Optional.of(out);
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** A JSON value as maps, lists, strings, decimals, booleans and nulls. */
  static Object plain(JsonValue v) {
    if (v instanceof JsonObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      o.forEach((k, x) -> m.put(k, plain(x)));
      return m;
    }
    if (v instanceof JsonArray a) {
      List<Object> l = new ArrayList<>(a.size());
      a.forEach(x -> l.add(plain(x)));
      return l;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (v == JsonValue.TRUE) {
      return Boolean.TRUE;
    }
    if (v == JsonValue.FALSE) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** A body built of maps, lists, strings and numbers as a JSON object. */
  public static JsonObject object(Map<String, Object> map) {
    JsonObjectBuilder b = JsonP.createObjectBuilder();
    map.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) m;
            b.add(k, object(inner));
          } else if (v instanceof Collection<?> c) {
            b.add(k, array(c));
          } else if (v instanceof Long l) {
            b.add(k, l);
          } else if (v instanceof BigDecimal d) {
            b.add(k, d);
          } else if (v instanceof Boolean x) {
            b.add(k, x);
          } else if (v != null) {
            b.add(k, String.valueOf(v));
          }
        });
    return b.build();
  }

  private static JsonArray array(Collection<?> values) {
    JsonArrayBuilder b = JsonP.createArrayBuilder();
    for (Object v : values) {
      if (v instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) m;
        b.add(object(inner));
      } else if (v != null) {
        b.add(String.valueOf(v));
      }
    }
    return b.build();
  }
}
