package com.orderpool.imports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV reader of order imports: every file of the malformed corpus is refused with its message
 * key, the good files give exact records, line numbers, charset and delimiter.
 */
class CsvSourceTest {
  private static final long MAX = 20L * 1024 * 1024;

  private static final String REQ =
      "order_reference,customer_name,customer_email,sku,description,quantity,unit_price";

  static final Set<String> REQUIRED = Set.of(REQ.split(","));

  static final Set<String> KNOWN =
      Set.of(
          (REQ
                  + ",type,model,customer_phone,customer_company,customer_language,billing_name,"
                  + "billing_company,billing_line1,billing_line2,billing_postal_code,billing_city,"
                  + "billing_region,billing_country,billing_phone,shipping_name,shipping_company,"
                  + "shipping_line1,shipping_line2,shipping_postal_code,shipping_city,"
                  + "shipping_region,shipping_country,shipping_phone,shipping_method,"
                  + "shipping_cost,personalisation,notes")
              .split(","));

  @TempDir Path tmp;

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("empty.csv", "imports.file.empty", new Object[] {}),
        Arguments.of("bom-only.csv", "imports.file.empty", new Object[] {}),
        Arguments.of("blank-lines.csv", "imports.file.empty", new Object[] {}),
        Arguments.of("binary.csv", "imports.file.binary", new Object[] {}),
        Arguments.of("control-chars.csv", "imports.file.binary", new Object[] {}),
        Arguments.of("utf16.csv", "imports.file.utf16", new Object[] {}),
        Arguments.of("utf16-no-bom.csv", "imports.file.utf16", new Object[] {}),
        Arguments.of("utf32.csv", "imports.file.utf16", new Object[] {}),
        Arguments.of("bad-encoding.csv", "imports.file.encoding", new Object[] {}),
        Arguments.of("bom-not-utf8.csv", "imports.file.encoding", new Object[] {}),
        Arguments.of(
            "missing-column.csv",
            "imports.header.missing",
            new Object[] {"customer_email, description"}),
        Arguments.of("unknown-column.csv", "imports.header.unknown", new Object[] {"colour, size"}),
        Arguments.of(
            "duplicate-column.csv", "imports.header.duplicate", new Object[] {"sku, notes"}),
        Arguments.of("unclosed-quote.csv", "imports.quote.unclosed", new Object[] {5}),
        Arguments.of("unclosed-quote-header.csv", "imports.quote.unclosed", new Object[] {1}));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("malformed")
  void malformedFilesAreRefused(String name, String key, Object[] args) throws Exception {
    Path file = resource("malformed/" + name);
    CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> readAll(file, MAX));
    assertEquals(key, e.messageKey());
    assertArrayEquals(args, e.args());
  }

  @Test
  void aFileLargerThanTheCapIsRefusedWithTheCapInMegabytes() throws Exception {
    Path file = resource("good/crlf-multiline.csv");
    CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> readAll(file, 100));
    assertEquals("imports.file.tooLarge", e.messageKey());
    assertArrayEquals(new Object[] {0.1}, e.args());
    assertEquals(20L, CsvSniffer.megabytes(MAX));
    assertEquals(2.5, CsvSniffer.megabytes(MAX / 8));
  }

  @Test
  void utf8WithBomAndSemicolons() throws Exception {
    Path file = resource("good/utf8-bom-semicolon.csv");
    try (CsvSource csv = CsvSource.open(file, MAX, REQUIRED, KNOWN)) {
      assertEquals(StandardCharsets.UTF_8, csv.charset());
      assertEquals(';', csv.delimiter());
      assertEquals(
          List.of(
              "order_reference",
              "customer_name",
              "customer_email",
              "sku",
              "description",
              "quantity",
              "unit_price",
              "notes"),
          csv.header());
      CsvRecord a1 = csv.next();
      assertEquals(2, a1.line());
      assertEquals(8, a1.fieldCount());
      assertEquals("José Núñez", a1.get("customer_name"));
      assertEquals("Taza «España»", a1.get("Description "));
      assertEquals("12,50", a1.get("unit_price"));
      assertEquals("", a1.values().get("notes"));
      assertNull(a1.get("notes"));
      CsvRecord a2 = csv.next();
      assertEquals(3, a2.line());
      assertEquals("Zoë; Ltd", a2.get("customer_name"));
      assertEquals("T-shirt 20 €", a2.get("description"));
      assertEquals("gift", a2.get("notes"));
      CsvRecord a3 = csv.next();
      assertEquals(6, a3.line(), "the empty line and the line of delimiters are skipped");
      assertEquals(7, a3.fieldCount());
      assertEquals("5", a3.get("unit_price"));
      assertTrue(!a3.values().containsKey("notes"));
      assertNull(csv.next());
      assertNull(csv.next());
      assertEquals(Files.size(file), csv.bytesRead());
    }
  }

  @Test
  void windows1252WithCrlf() throws Exception {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvSource csv = CsvSource.open(resource("good/windows-1252.csv"), MAX, REQUIRED, KNOWN)) {
      assertEquals("windows-1252", csv.charset().name());
      assertEquals(',', csv.delimiter());
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        records.add(r);
      }
    }
    assertEquals(2, records.size());
    CsvRecord w1 = records.get(0);
    assertEquals(2, w1.line());
    assertEquals("Renée Muñoz", w1.get("customer_name"));
    assertEquals("Café cup 5 €", w1.get("description"));
    assertEquals("Niño & Co", w1.get("customer_company"));
    CsvRecord w2 = records.get(1);
    assertEquals(3, w2.line());
    assertEquals("Œdipe", w2.get("customer_name"));
    assertEquals("Pen, “blue”", w2.get("description"));
    assertNull(w2.get("customer_company"));
    assertEquals(8, w2.fieldCount());
  }

  @Test
  void quotedFieldsOverSeveralLinesCountForTheNextLineNumbers() throws Exception {
    List<CsvRecord> records = readAll(resource("good/crlf-multiline.csv"), MAX);
    assertEquals(List.of(2, 5, 6, 7, 8), records.stream().map(CsvRecord::line).toList());
    CsvRecord q1 = records.get(0);
    assertEquals("Mug\nwith two lines", q1.get("description"));
    assertEquals("Print \"Happy birthday\"", q1.get("personalisation"));
    CsvRecord q2 = records.get(1);
    assertEquals("Tee, large", q2.get("description"));
    assertEquals("", q2.values().get("personalisation"));
    CsvRecord q3 = records.get(2);
    assertEquals("Cap 5\" wide", q3.get("description"), "a stray quote is kept");
    assertEquals(10, q3.fieldCount(), "more fields than the header");
    assertEquals(8, q3.values().size());
    CsvRecord q4 = records.get(3);
    assertEquals(4, q4.fieldCount());
    assertEquals(
        Map.of(
            "order_reference", "Q-4",
            "customer_name", "Di",
            "customer_email", "di@example.com",
            "sku", "SKU"),
        q4.values());
    assertNull(q4.get("quantity"));
    CsvRecord q5 = records.get(4);
    assertEquals("Pen\"s", q5.get("description"));
    assertEquals(8, q5.fieldCount(), "the trailing delimiter gives an empty field");
  }

  @Test
  void loneCarriageReturnsEndLines() throws Exception {
    List<CsvRecord> records = readAll(resource("good/cr-only.csv"), MAX);
    assertEquals(List.of(2, 5), records.stream().map(CsvRecord::line).toList());
    assertEquals("one\ntwo", records.get(0).get("description"));
    assertEquals("8", records.get(1).get("unit_price"));
  }

  @Test
  void theDelimiterIsTheOneGivingMoreKnownColumns() throws Exception {
    Path file = tmp.resolve("quoted-header.csv");
    String header =
        "\"Order_Reference\",\"customer_name\",customer_email,sku,description,quantity,"
            + "unit_price,\"notes; internal\"";
    Files.writeString(file, "\n\n" + header + "\nA;1,B;2,c@example.com,S,D,1,2;50,n\n");
    try (CsvSource csv = CsvSource.open(file, MAX, REQUIRED, Set.of("notes; internal"))) {
      assertEquals(',', csv.delimiter());
      assertEquals("notes; internal", csv.header().get(7));
      CsvRecord r = csv.next();
      assertEquals(4, r.line(), "blank lines before the header count");
      assertEquals("A;1", r.get("order_reference"));
      assertEquals("n", r.get("NOTES; INTERNAL"));
    }
    assertEquals(';', CsvHeader.delimiter("sku;notes;description,x", KNOWN));
    assertEquals(',', CsvHeader.delimiter("sku,notes,description;x", KNOWN));
    assertEquals(',', CsvHeader.delimiter("sku;notes,description", KNOWN), "a tie");
    assertEquals(',', CsvHeader.delimiter("a", KNOWN));
  }

  @Test
  void aBlankHeaderColumnIsIgnored() throws Exception {
    Path file = tmp.resolve("trailing.csv");
    Files.writeString(file, REQ + ",\r\nA-1,Ana,a@example.com,S,Mug,1,9,\r\n");
    List<CsvRecord> records = readAll(file, MAX);
    assertEquals(7, records.get(0).values().size());
    assertEquals(8, records.get(0).fieldCount());
  }

  @Test
  void aQuotedFieldLongerThanAnyRealOneIsAnUnclosedQuote() throws Exception {
    Path file = tmp.resolve("long.csv");
    String line = "A-1,Ana,a@example.com,S,Mug,1,9\n";
    Files.writeString(
        file, REQ + "\n" + line + line + "A-3,\"" + "x".repeat(CsvLexer.MAX_FIELD + 1) + "\n");
    CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> readAll(file, MAX));
    assertEquals("imports.quote.unclosed", e.messageKey());
    assertArrayEquals(new Object[] {4}, e.args());
  }

  @Test
  void aHundredThousandLinesAreStreamed() throws Exception {
    Path file = tmp.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(REQ + ",notes\r\n");
      for (int i = 1; i <= 100_000; i++) {
        out.write(
            "O-"
                + i
                + ",Customer "
                + i
                + ",c"
                + i
                + "@example.com,SKU-"
                + (i % 50)
                + ",\"Mug, \"\"large\"\"\",1,9.50,\r\n");
      }
    }
    long size = Files.size(file);
    try (CsvSource csv = CsvSource.open(file, MAX, REQUIRED, KNOWN)) {
      int count = 0;
      CsvRecord last = null;
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        count++;
        last = r;
        assertTrue(csv.bytesRead() <= size);
      }
      assertEquals(100_000, count);
      assertEquals(100_001, last.line());
      assertEquals("O-100000", last.get("order_reference"));
      assertEquals("Mug, \"large\"", last.get("description"));
      assertEquals(size, csv.bytesRead());
    }
  }

  @Test
  void everyRefusalReadsInEnglishAndSpanish() {
    List<Object[]> refusals = new ArrayList<>();
    malformed().forEach(a -> refusals.add(a.get()));
    refusals.add(new Object[] {"", "imports.file.tooLarge", new Object[] {2.5}});
    for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("es"))) {
      ResourceBundle bundle = ResourceBundle.getBundle("com.orderpool.web.messages", locale);
      for (Object[] refusal : refusals) {
        String text =
            new MessageFormat(bundle.getString((String) refusal[1]), locale)
                .format((Object[]) refusal[2]);
        assertTrue(!text.contains("{") && text.length() > 20, locale + ": " + text);
      }
    }
  }

  private static List<CsvRecord> readAll(Path file, long maxBytes) throws CsvRefusedException {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvSource csv = CsvSource.open(file, maxBytes, REQUIRED, KNOWN)) {
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        records.add(r);
      }
    }
    return records;
  }

  private static Path resource(String name) throws URISyntaxException, IOException {
    URL url = CsvSourceTest.class.getResource("/imports/" + name);
    if (url == null) {
      throw new IOException("no test file imports/" + name);
    }
    return Path.of(url.toURI());
  }
}
