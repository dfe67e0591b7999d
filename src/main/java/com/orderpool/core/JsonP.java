package com.orderpool.core;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;

/**
 * JSON-P builders and readers from one provider, looked up once. {@code jakarta.json.Json}'s static
 * methods look the provider up again on every call (a class-path scan of service files): about a
 * tenth of an API order's CPU when every builder went through them.
 */
public final class JsonP {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonP() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonObjectBuilder createObjectBuilder(JsonObject copy) {
    return PROVIDER.createObjectBuilder(copy);
  }

  public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
    return PROVIDER.createArrayBuilder(values);
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonReader createReader(InputStream in) {
    return PROVIDER.createReader(in);
  }
}
