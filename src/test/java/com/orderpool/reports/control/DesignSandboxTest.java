package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;

/**
 * Designs that try to reach beyond what a design may do: read a server file, fetch a URL, run
 * forever, print a huge number of pages. Each is refused with its message key, and the engine still
 * fills a harmless design afterwards.
 */
class DesignSandboxTest {
  static final BoundedFill.Limits SHORT = new BoundedFill.Limits(Duration.ofSeconds(2), 500);

  /** A one-page design whose title holds the given elements (and datasets before it). */
  static String design(String datasets, String elements) {
    return """
        <jasperReport name="probe" language="java" pageWidth="595" pageHeight="842"
            columnWidth="555" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20"
            whenNoDataType="AllSectionsNoDetail">
          <style name="Base" default="true" fontName="DejaVu Sans" fontSize="9"/>
          %s
          <title height="760">
            <element kind="staticText" x="0" y="0" width="300" height="20"><text>probe</text></element>
            %s
          </title>
        </jasperReport>
        """
        .formatted(datasets, elements);
  }

  static String textField(String expression) {
    return """
        <element kind="textField" x="0" y="20" width="500" height="20">
          <expression><![CDATA[%s]]></expression>
        </element>
        """
        .formatted(expression);
  }

  static String image(String expression) {
    return """
        <element kind="image" x="0" y="20" width="100" height="30">
          <expression><![CDATA[%s]]></expression>
        </element>
        """
        .formatted(expression);
  }

  /** A list over a subdataset with one text field {@code $F{line}}; run is the datasetRun body. */
  static String list(String run, int rowHeight) {
    return """
        <element kind="component" x="0" y="20" width="500" height="%1$d">
          <component kind="list" printOrder="Vertical">
            <datasetRun subDataset="lines">%2$s</datasetRun>
            <contents height="%1$d" width="500">
              <element kind="textField" x="0" y="0" width="500" height="20" blankWhenNull="true">
                <expression><![CDATA[$F{line}]]></expression>
              </element>
            </contents>
          </component>
        </element>
        """
        .formatted(rowHeight, run);
  }

  static final String LINES =
      "<dataset name=\"lines\"><field name=\"line\" class=\"java.lang.String\"/></dataset>";

  static JasperPrint fill(String jrxml, BoundedFill.Limits limits) {
    return Jasper.fill(
        Jasper.compile(jrxml),
        Map.of(),
        List.of(),
        Locale.ENGLISH,
        null,
        TimeZone.getTimeZone("UTC"),
        limits);
  }

  static DesignInvalidException refused(String jrxml, BoundedFill.Limits limits) {
    return assertThrows(
        DesignInvalidException.class,
        () -> Jasper.pdf(List.of(fill(jrxml, limits))),
        "the design must be refused");
  }

  static void stillWorks() {
    byte[] pdf = Jasper.pdf(List.of(fill(design("", textField("\"fine\"")), SHORT)));
    assertTrue(pdf.length > 500, "a harmless design still renders");
  }

  @Test
  void anImageCannotReadAServerFile() {
    for (String location : List.of("file:/etc/passwd", "/etc/passwd", "reports/../../etc/passwd")) {
      DesignInvalidException e = refused(design("", image("\"" + location + "\"")), SHORT);
      assertEquals("reports.design.resource", e.messageKey(), e.detail());
      assertEquals(location, e.args()[0]);
    }
    stillWorks();
  }

  @Test
  void aBlankOnErrorImageDoesNotHideTheRefusal() {
    String blank =
        image("\"/etc/passwd\"").replace("kind=\"image\"", "kind=\"image\" onErrorType=\"Blank\"");
    DesignInvalidException e = refused(design("", blank), SHORT);
    assertEquals("reports.design.resource", e.messageKey());
  }

  @Test
  void aFieldCannotBeFilledFromAServerFile() {
    DesignInvalidException csvSource =
        refused(
            design(
                LINES,
                list(
                    "<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.data"
                        + ".JRCsvDataSource(\"/etc/passwd\")]]></dataSourceExpression>",
                    20)),
            SHORT);
    assertEquals("reports.design.invalid", csvSource.messageKey());
    assertTrue(csvSource.detail().contains("JRCsvDataSource"), csvSource.detail());

    String csvQuery =
        """
        <dataset name="lines">
          <property name="net.sf.jasperreports.csv.source" value="/etc/passwd"/>
          <query language="csv"><![CDATA[]]></query>
          <field name="line" class="java.lang.String"/>
        </dataset>
        """;
    DesignInvalidException query = refused(design(csvQuery, list("", 20)), SHORT);
    assertTrue(query.detail().contains("csv"), query.detail());

    String bundle =
        LINES.replace("name=\"lines\"", "name=\"lines\" resourceBundle=\"ValidationMessages\"");
    DesignInvalidException ownBundle =
        assertThrows(
            DesignInvalidException.class, () -> Jasper.compile(design(bundle, list("", 20))));
    assertEquals("reports.design.resource", ownBundle.messageKey());
    assertEquals("ValidationMessages", ownBundle.args()[0]);
    stillWorks();
  }

  @Test
  void aSubreportCannotComeFromTheFileSystem() {
    String sub =
        """
        <element kind="subreport" x="0" y="20" width="500" height="20">
          <expression><![CDATA["/tmp/other.jasper"]]></expression>
        </element>
        """;
    DesignInvalidException e = refused(design("", sub), SHORT);
    assertEquals("reports.design.resource", e.messageKey(), e.detail());
  }

  @Test
  void anImageCannotFetchAUrl() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/logo.png";
      DesignInvalidException e = refused(design("", image("\"" + url + "\"")), SHORT);
      assertEquals("reports.design.resource", e.messageKey(), e.detail());
      assertEquals(url, e.args()[0]);
      server.setSoTimeout(300);
      assertThrows(
          SocketTimeoutException.class, server::accept, "the design never opened a connection");
    }
  }

  @Test
  void anEndlessExpressionIsStoppedAndLeavesNoBusyThread() throws InterruptedException {
    // printing a 14-million-bit number takes many minutes and never looks at interrupts
    String endless = textField("String.valueOf(java.math.BigInteger.valueOf(7).pow(5000000))");
    var report = Jasper.compile(design("", endless));
    long start = System.nanoTime();
    DesignInvalidException e =
        assertThrows(
            DesignInvalidException.class,
            () ->
                Jasper.fill(
                    report,
                    Map.of(),
                    List.of(),
                    Locale.ENGLISH,
                    null,
                    TimeZone.getTimeZone("UTC"),
                    SHORT));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertEquals("reports.design.timeout", e.messageKey(), e.detail());
    assertEquals(2L, e.args()[0]);
    assertTrue(tookMs < 2_000 + BoundedFill.GRACE.toMillis() + 3_000, "refused in " + tookMs);
    for (int i = 0; i < 50 && BoundedFill.liveThreads() > 0; i++) {
      Thread.sleep(100);
    }
    assertEquals(0, BoundedFill.liveThreads(), "no report thread keeps running");
    stillWorks();
  }

  @Test
  void aDesignWithAHundredThousandPagesStopsAtTheLimit() {
    String pages =
        list(
            "<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine"
                + ".JREmptyDataSource(100000)]]></dataSourceExpression>",
            700);
    long start = System.nanoTime();
    DesignInvalidException e =
        refused(design(LINES, pages), new BoundedFill.Limits(Duration.ofSeconds(10), 500));
    assertEquals("reports.design.tooManyPages", e.messageKey(), e.detail());
    assertEquals(500, e.args()[0]);
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped by pages, not by time");
    stillWorks();
  }

  @Test
  void bundledResourcesAreTheOnlyOnesServed() {
    assertTrue(DesignSandbox.allowed("reports/invoice.properties"));
    assertTrue(DesignSandbox.allowed("reports/img/logo.png"));
    for (String bad :
        List.of(
            "file:/etc/passwd",
            "/etc/passwd",
            "reports/../WEB-INF/web.xml",
            "reports/./x",
            "http://example.org/x.png",
            "jar:file:/x!/y",
            "META-INF/persistence.xml",
            "reports/")) {
      assertTrue(!DesignSandbox.allowed(bad), bad);
    }
  }
}
