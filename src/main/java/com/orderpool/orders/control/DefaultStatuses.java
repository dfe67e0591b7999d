package com.orderpool.orders.control;

import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the statuses every new tenant starts with from {@code tenants/_default/statuses.csv}
 * (semicolon separated; see the header line of that file).
 */
public final class DefaultStatuses {
  public static final String RESOURCE = "tenants/_default/statuses.csv";

  private DefaultStatuses() {}

  public static List<OrderStatus> load(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<OrderStatus> parse(BufferedReader reader) throws IOException {
    List<OrderStatus> result = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(";", -1);
      if (f.length != 12) {
        throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 12 fields");
      }
      OrderStatus s =
          new OrderStatus(f[0], Phase.valueOf(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5]);
      s.setDescriptionEn(f[6]);
      s.setDescriptionEs(f[7]);
      s.setFeeType(FeeType.valueOf(f[8]));
      s.setFeeValue(decimal(f[9]));
      s.setFeeMin(decimal(f[10]));
      s.setFeeMax(decimal(f[11]));
      result.add(s);
    }
    return result;
  }

  private static BigDecimal decimal(String v) {
    return v.isBlank() ? null : new BigDecimal(v.strip());
  }
}
