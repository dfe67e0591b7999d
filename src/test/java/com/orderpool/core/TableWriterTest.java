package com.orderpool.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.TableWriter.Column;
import com.orderpool.core.TableWriter.Format;
import com.orderpool.core.TableWriter.Type;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  private static final List<Column> COLUMNS =
      List.of(
          new Column("Número", Type.TEXT),
          new Column("Cliente", Type.TEXT),
          new Column("Fecha", Type.DATE),
          new Column("Importe", Type.MONEY),
          new Column("Líneas", Type.INTEGER),
          new Column("Tipo IVA", Type.RATE),
          new Column("Creada", Type.DATETIME));
  private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
  private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 3, 14, 5);

  // ---- CSV ----

  @Test
  void csvHasBomHeaderQuotingAndExactValues() throws IOException {
    byte[] bytes =
        write(
            Format.CSV,
            t -> {
              t.row(
                  "F-1",
                  "Peñalver, José \"Pepe\"",
                  DAY,
                  new BigDecimal("-12.50"),
                  1234567L,
                  new BigDecimal("21.00"),
                  TIME);
              t.row("F-2", "línea 1\nlínea 2", null, new BigDecimal("1E+3"), 3, 0.1d, null);
            });
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "BOM");
    String csv = new String(bytes, 3, bytes.length - 3, UTF_8);
    assertEquals(
        "Número,Cliente,Fecha,Importe,Líneas,Tipo IVA,Creada\r\n"
            + "F-1,\"Peñalver, José \"\"Pepe\"\"\",2026-11-03,-12.50,1234567,21.00,2026-11-03 14:05\r\n"
            + "F-2,\"línea 1\nlínea 2\",,1000,3,0.1,\r\n",
        csv);
  }

  @Test
  void csvNeutralisesTextButNotMoney() throws IOException {
    List<Column> columns =
        List.of(new Column("Texto", Type.TEXT), new Column("Importe", Type.MONEY));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter t = TableWriter.open(Format.CSV, out, "x", columns)) {
      t.row("=SUM(A1)", new BigDecimal("-12.50"));
      t.row("+1", -3L);
      t.row("-x", new BigDecimal("+5.00"));
      t.row("@x", 0);
      t.row("\tx", null);
      t.row("\rx", null);
      t.row("a-b = c", null);
      t.row(new StringBuilder("=1+1"), null);
      assertEquals(8, t.rows());
    }
    String[] lines = csv(out).split("\r\n", -1);
    assertEquals("Texto,Importe", lines[0]);
    assertEquals("'=SUM(A1),-12.50", lines[1]);
    assertEquals("'+1,-3", lines[2]);
    assertEquals("'-x,5.00", lines[3]);
    assertEquals("'@x,0", lines[4]);
    assertEquals("'\tx,", lines[5]);
    assertEquals("\"'\rx\",", lines[6]); // CR: neutralised and quoted
    assertEquals("a-b = c,", lines[7]);
    assertEquals("'=1+1,", lines[8]);
    assertEquals("", lines[9]);
  }

  @Test
  void csvSheetStartsANewHeaderAfterAnEmptyLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter t =
        TableWriter.open(Format.CSV, out, "x", List.of(new Column("A", Type.TEXT)))) {
      t.row("a");
      t.sheet("Resumen", List.of(new Column("Total", Type.TEXT), new Column("=x", Type.MONEY)));
      t.row("Total", new BigDecimal("10.00"));
      assertEquals(2, t.rows());
    }
    assertEquals("A\r\na\r\n\r\nTotal,'=x\r\nTotal,10.00\r\n", csv(out));
  }

  // ---- XLSX ----

  @Test
  void xlsxReadsBackWithTypesFormatsFreezeAndFilter() throws IOException {
    byte[] bytes =
        write(
            Format.XLSX,
            t -> {
              t.row(
                  "F-1",
                  "Peñalver Núñez, José — «ñandú»",
                  DAY,
                  new BigDecimal("-12.50"),
                  1234567L,
                  new BigDecimal("21.00"),
                  TIME);
              t.row("=SUM(A1)", "a & b < c > d \"e\"", null, 1000, -7, 0.5d, null);
              t.row("+1", "x", "no date", "n/a", true, null, DAY);
            });
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(1, wb.getNumberOfSheets());
      XSSFSheet sheet = wb.getSheetAt(0);
      assertEquals("Facturas", sheet.getSheetName());
      for (int i = 0; i < COLUMNS.size(); i++) {
        XSSFCell h = sheet.getRow(0).getCell(i);
        assertEquals(COLUMNS.get(i).header(), h.getStringCellValue());
        assertTrue(h.getCellStyle().getFont().getBold(), "bold header");
      }

      Cell money = sheet.getRow(1).getCell(3);
      assertEquals(CellType.NUMERIC, money.getCellType());
      assertEquals(-12.5, money.getNumericCellValue());
      assertEquals("#,##0.00;-#,##0.00", money.getCellStyle().getDataFormatString());
      Cell integer = sheet.getRow(1).getCell(4);
      assertEquals(CellType.NUMERIC, integer.getCellType());
      assertEquals(1234567, integer.getNumericCellValue());
      assertEquals("#,##0", integer.getCellStyle().getDataFormatString());
      assertEquals(-7, sheet.getRow(2).getCell(4).getNumericCellValue());
      assertEquals(1000, sheet.getRow(2).getCell(3).getNumericCellValue());
      assertEquals(21.0, sheet.getRow(1).getCell(5).getNumericCellValue());
      assertEquals("0.00", sheet.getRow(1).getCell(5).getCellStyle().getDataFormatString());

      Cell date = sheet.getRow(1).getCell(2);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date));
      assertEquals("yyyy-mm-dd", date.getCellStyle().getDataFormatString());
      assertEquals(DAY, date.getLocalDateTimeCellValue().toLocalDate());
      Cell time = sheet.getRow(1).getCell(6);
      assertTrue(DateUtil.isCellDateFormatted(time));
      assertEquals("yyyy-mm-dd hh:mm", time.getCellStyle().getDataFormatString());
      assertEquals(TIME, time.getLocalDateTimeCellValue());

      assertEquals("Peñalver Núñez, José — «ñandú»", text(sheet, 1, 1));
      assertEquals("'=SUM(A1)", text(sheet, 2, 0));
      assertEquals("a & b < c > d \"e\"", text(sheet, 2, 1));
      assertEquals(null, sheet.getRow(2).getCell(2), "null is an empty cell");
      // values that do not fit the column are text
      assertEquals("'+1", text(sheet, 3, 0));
      assertEquals("no date", text(sheet, 3, 2));
      assertEquals("n/a", text(sheet, 3, 3));
      assertEquals("true", text(sheet, 3, 4));
      assertEquals("2026-11-03", text(sheet, 3, 6));

      assertTrue(sheet.getPaneInformation().isFreezePane());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
      assertEquals("A1:G4", sheet.getCTWorksheet().getAutoFilter().getRef());
      Name filter = wb.getName("_xlnm._FilterDatabase");
      assertEquals(0, filter.getSheetIndex());
      assertEquals("'Facturas'!$A$1:$G$4", filter.getRefersToFormula());
      assertTrue(sheet.getColumnWidth(1) >= 20 * 256, "text columns are wide");
    }
  }

  @Test
  void xlsxSecondSheetViaSheet() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter t = TableWriter.open(Format.XLSX, out, "Registro", COLUMNS)) {
      t.row("F-1", "a", DAY, new BigDecimal("10.00"), 1, 21, TIME);
      t.sheet(
          "Resumen", List.of(new Column("Concepto", Type.TEXT), new Column("Total", Type.MONEY)));
      t.row("Total", new BigDecimal("-10.00"));
      t.row("-descuento", new BigDecimal("0.00"));
      assertEquals(3, t.rows());
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(2, wb.getNumberOfSheets());
      XSSFSheet summary = wb.getSheet("Resumen");
      assertEquals(1, wb.getSheetIndex(summary));
      assertEquals("Concepto", text(summary, 0, 0));
      assertEquals("Total", text(summary, 1, 0));
      assertEquals(-10.0, summary.getRow(1).getCell(1).getNumericCellValue());
      assertEquals("'-descuento", text(summary, 2, 0));
      assertTrue(summary.getPaneInformation().isFreezePane());
      assertEquals("A1:B3", summary.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(
          2,
          wb.getAllNames().stream()
              .filter(n -> n.getNameName().equals("_xlnm._FilterDatabase"))
              .count());
    }
  }

  @Test
  void xlsxEscapesAndStripsText() throws IOException {
    List<Column> columns = List.of(new Column("T", Type.TEXT));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter t = TableWriter.open(Format.XLSX, out, "x", columns)) {
      t.row("a\u0001b\u0000c\uFFFEd\uD800e");
      t.row("price_x0041_ok");
      t.row("  spaced  ");
      t.row("emoji \uD83D\uDE00 ok");
      t.row("two\nlines");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertEquals("abcde", text(sheet, 1, 0));
      assertEquals("price_x0041_ok", text(sheet, 2, 0));
      assertEquals("  spaced  ", text(sheet, 3, 0));
      assertEquals("emoji \uD83D\uDE00 ok", text(sheet, 4, 0));
      assertEquals("two\nlines", text(sheet, 5, 0));
    }
  }

  @Test
  void xlsxSheetNamesAreSanitisedAndUnique() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Column> columns = List.of(new Column("T", Type.TEXT));
    try (TableWriter t =
        TableWriter.open(
            Format.XLSX, out, "'Facturas 2026/11: [todas]*? de la empresa'", columns)) {
      t.sheet("resumen", columns);
      t.sheet("Resumen", columns);
      t.sheet(null, columns);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals("Facturas 2026-11- (todas) de la", wb.getSheetName(0));
      assertEquals("resumen", wb.getSheetName(1));
      assertEquals("Resumen (2)", wb.getSheetName(2));
      assertEquals("Sheet", wb.getSheetName(3));
    }
  }

  @Test
  void xlsxContinuesOnANewSheetPastTheRowLimit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Column> columns = List.of(new Column("N", Type.INTEGER));
    try (TableWriter t = new XlsxTableWriter(out, "Datos", columns, 3)) {
      for (int i = 1; i <= 7; i++) {
        t.row(i);
      }
      assertEquals(7, t.rows());
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(3, wb.getNumberOfSheets());
      assertEquals("Datos (2)", wb.getSheetName(1));
      assertEquals("Datos (3)", wb.getSheetName(2));
      XSSFSheet second = wb.getSheetAt(1);
      assertEquals("N", text(second, 0, 0));
      assertEquals(4, second.getRow(1).getCell(0).getNumericCellValue());
      assertEquals(6, second.getRow(3).getCell(0).getNumericCellValue());
      assertEquals("A1:A4", second.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(7, wb.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue());
    }
    assertEquals("A", XlsxTableWriter.column(0));
    assertEquals("Z", XlsxTableWriter.column(25));
    assertEquals("AA", XlsxTableWriter.column(26));
    assertEquals("AZ", XlsxTableWriter.column(51));
    assertEquals("XFD", XlsxTableWriter.column(16_383));
  }

  @Test
  void xlsxPackageHasTheExpectedParts() throws IOException {
    byte[] bytes = write(Format.XLSX, t -> t.row("a", "b", DAY, 1, 2, 3, TIME));
    StringBuilder names = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.append(e.getName()).append(' ');
      }
    }
    for (String part :
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml")) {
      assertTrue(names.toString().contains(part + " "), part + " in " + names);
    }
    assertFalse(names.toString().contains("sharedStrings"));
  }

  @Test
  void xlsxStreamsManyRows() {
    List<Column> columns =
        List.of(
            new Column("Número", Type.TEXT),
            new Column("Fecha", Type.DATE),
            new Column("Importe", Type.MONEY),
            new Column("Líneas", Type.INTEGER));
    BigDecimal amount = new BigDecimal("-1234.56");
    long[] count = new long[1];
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            count[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            count[0] += len;
          }
        };
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          try (TableWriter t = TableWriter.open(Format.XLSX, counting, "Datos", columns)) {
            for (int i = 0; i < 300_000; i++) {
              t.row("F-" + i, DAY, amount, i);
            }
            assertEquals(300_000, t.rows());
          }
        });
    assertTrue(count[0] > 1_000_000, "bytes written: " + count[0]);
  }

  // ---- common ----

  @Test
  void closeDoesNotCloseTheStreamAndRowsAreChecked() throws IOException {
    for (Format format : Format.values()) {
      boolean[] closed = new boolean[1];
      ByteArrayOutputStream out =
          new ByteArrayOutputStream() {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      TableWriter t = TableWriter.open(format, out, "x", List.of(new Column("A", Type.TEXT)));
      assertThrows(IllegalArgumentException.class, () -> t.row("a", "b"));
      t.close();
      t.close();
      assertFalse(closed[0], format + " closed the stream");
      assertTrue(out.size() > 0);
      assertThrows(IllegalStateException.class, () -> t.row("a"));
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> TableWriter.open(Format.CSV, new ByteArrayOutputStream(), "x", List.of()));
  }

  @Test
  void formatsAndNeutralise() {
    assertEquals("csv", Format.CSV.extension());
    assertEquals("xlsx", Format.XLSX.extension());
    assertEquals("text/csv; charset=UTF-8", Format.CSV.mediaType());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Format.XLSX.mediaType());
    assertEquals(Optional.of(Format.XLSX), Format.of("XLSX"));
    assertEquals(Optional.of(Format.CSV), Format.of("csv"));
    assertEquals(Optional.empty(), Format.of("pdf"));
    assertEquals(Optional.empty(), Format.of(null));

    assertEquals("'=1", TableWriter.neutralise("=1"));
    assertEquals("'+1", TableWriter.neutralise("+1"));
    assertEquals("'-1", TableWriter.neutralise("-1"));
    assertEquals("'@a", TableWriter.neutralise("@a"));
    assertEquals("'\ta", TableWriter.neutralise("\ta"));
    assertEquals("'\ra", TableWriter.neutralise("\ra"));
    assertEquals("a=1", TableWriter.neutralise("a=1"));
    assertEquals("", TableWriter.neutralise(""));
    assertEquals(null, TableWriter.neutralise(null));
  }

  // ---- helpers ----

  private interface Rows {
    void write(TableWriter t) throws IOException;
  }

  private static byte[] write(Format format, Rows rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter t = TableWriter.open(format, out, "Facturas", COLUMNS)) {
      rows.write(t);
    }
    return out.toByteArray();
  }

  private static String csv(ByteArrayOutputStream out) {
    byte[] b = out.toByteArray();
    return new String(b, 3, b.length - 3, UTF_8);
  }

  private static String text(XSSFSheet sheet, int row, int column) {
    Cell c = sheet.getRow(row).getCell(column);
    assertEquals(CellType.STRING, c.getCellType(), "cell " + row + "/" + column);
    return c.getStringCellValue();
  }
}
