package com.orderpool.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.orders.control.OrderActivity;
import com.orderpool.platform.control.TenantUsage;
import com.orderpool.platform.control.UsageMonths;
import com.orderpool.platform.control.UsageReport;
import com.orderpool.platform.entity.TenantStatus;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The usage CSV: localised headers with the months, exact figures, one row per tenant. */
class UsageCsvTest {
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private static UsageReport report() {
    OrderActivity orders =
        new OrderActivity(
            "EUR",
            3,
            1,
            Map.of("EUR", new BigDecimal("120.50"), "USD", new BigDecimal("30.00")),
            Map.of("EUR", new BigDecimal("9.99")),
            Instant.parse("2026-11-20T09:00:00Z"),
            Instant.parse("2026-11-20T09:30:00Z"));
    return new UsageReport(
        UsageMonths.of(NOW, MADRID),
        MADRID,
        NOW,
        List.of(
            new TenantUsage("ABC", "Abc, Shoes", TenantStatus.ACTIVE, orders, 2, null, 49152, 1234),
            new TenantUsage("XYZ", "=Xyz", TenantStatus.SUSPENDED, null, 0, null, 16384, 0)));
  }

  private static List<String> lines(Locale locale) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UsageCsv.write(report(), locale, out);
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    return List.of(text.replace("\uFEFF", "").split("\r\n"));
  }

  @Test
  void oneRowPerTenantWithExactFigures() throws Exception {
    List<String> lines = lines(Locale.ENGLISH);
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertEquals(
        "Code,Company name,Status,Currency,Orders 2026-11,Orders 2026-10,Revenue 2026-11,"
            + "Revenue 2026-10,Other currencies 2026-11,Other currencies 2026-10,Active users,"
            + "Database bytes,File bytes,Storage bytes,Last activity",
        lines.get(0));
    assertEquals(
        "ABC,\"Abc, Shoes\",Active,EUR,3,1,120.50,9.99,USD 30.00,,2,49152,1234,50386,"
            + "2026-11-20 10:30",
        lines.get(1),
        "last activity in the server's zone");
    assertEquals("XYZ,'=Xyz,Suspended,,,,,,,,0,16384,0,16384,", lines.get(2), "not measured");
  }

  @Test
  void headersInSpanish() throws Exception {
    String header = lines(Locale.forLanguageTag("es")).get(0);
    assertEquals(
        "Código,Empresa,Estado,Moneda,Pedidos 2026-11,Pedidos 2026-10,Ingresos 2026-11,"
            + "Ingresos 2026-10,Otras monedas 2026-11,Otras monedas 2026-10,Usuarios activos,"
            + "Bytes de base de datos,Bytes de archivos,Bytes de almacenamiento,Última actividad",
        header);
    assertEquals("orderpool-usage-2026-11.csv", UsageCsv.fileName(report()));
  }
}
