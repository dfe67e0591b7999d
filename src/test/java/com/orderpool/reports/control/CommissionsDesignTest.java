package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

/**
 * The default commissions design filled outside the container, in English and Spanish: two
 * retailers and the total. The PDFs are kept in {@code target/report-samples/} to be looked at.
 */
class CommissionsDesignTest {

  private static Map<String, Object> row(
      String section,
      String label,
      String code,
      String name,
      String rate,
      long orders,
      long cancelled,
      String net,
      String commission) {
    Map<String, Object> r = new HashMap<>();
    r.put("section", section);
    r.put("label", label);
    r.put("retailer", code);
    r.put("name", name);
    r.put("rate", rate == null ? null : new BigDecimal(rate));
    r.put("currency", "EUR");
    r.put("orders", orders);
    r.put("cancelled", cancelled);
    r.put("net", new BigDecimal(net));
    r.put("commission", new BigDecimal(commission));
    return r;
  }

  @Test
  void twoRetailersAndTheirTotalFillInBothLanguages() throws IOException {
    JasperReport design = Jasper.compile(InvoiceDesignTest.resource("reports/commissions.jrxml"));
    List<Map<String, Object>> rows =
        List.of(
            row("ROW", null, "SHOEBOX", "Shoebox Marketplace Ltd", "12.25", 4, 1, "19.99", "2.45"),
            row("ROW", null, "ZAPATOS", "Zapatos Online SL", "7.50", 3, 1, "133.33", "10.00"),
            row("SUMMARY", "TOTAL", null, null, null, 7, 2, "153.32", "12.45"));
    Path out = Path.of("target", "report-samples");
    Files.createDirectories(out);
    for (String lang : List.of("en", "es")) {
      var locale = ReportTexts.locale(lang);
      JasperPrint print =
          Jasper.fill(
              design,
              Map.of("PERIOD", "1–30 Nov 2026", "FILTERS", "—", "SELLER_NAME", "Workshop"),
              rows,
              locale,
              ReportTexts.bundle("commissions", locale).orElseThrow(),
              TimeZone.getTimeZone("Europe/Madrid"));
      byte[] pdf = Jasper.pdf(List.of(print));
      assertTrue(pdf.length > 1000, "a PDF");
      Files.write(out.resolve("commissions-" + lang + ".pdf"), pdf);
    }
  }
}
