package com.orderpool.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracking file's rows: what a row ships, and every problem of a bad row with its column. */
class TrackingRowTest {
  @TempDir Path dir;

  private static CsvRecord record(int line, String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return new CsvRecord(line, values, values.size());
  }

  @Test
  void aGoodRowNamesItsOrderMethodAndNumbersEachOnce() {
    TrackingRow.Read read =
        TrackingRow.read(
            record(
                2,
                "order_number",
                " 12345-bfg ",
                "shipping_method",
                "Express",
                "tracking_numbers",
                "PK001ES | PK002ES  PK001ES|",
                "shipped_at",
                "2026-12-05"),
            4);
    assertTrue(read.ok(), read.problems()::toString);
    TrackingRow row = read.row();
    assertEquals(2, row.line());
    assertEquals("12345-BFG", row.orderNumber());
    assertEquals("Express", row.method());
    assertEquals(List.of("PK001ES", "PK002ES"), row.numbers());
    assertEquals("2026-12-05", row.shippedAt());
  }

  @Test
  void theMethodAndTheDateAreOptional() {
    TrackingRow row =
        TrackingRow.read(record(3, "order_number", "7-BFG", "tracking_numbers", "X1"), 2).row();
    assertNull(row.method());
    assertNull(row.shippedAt());
    assertEquals(List.of("X1"), row.numbers());
    assertTrue(
        TrackingRow.read(
                record(
                    3,
                    "order_number",
                    "7-BFG",
                    "tracking_numbers",
                    "X1",
                    "shipped_at",
                    "2026-12-05T14:30:00+01:00"),
                3)
            .ok());
  }

  @Test
  void aBadRowHasEveryProblemWithItsLineAndColumn() {
    TrackingRow.Read read =
        TrackingRow.read(
            record(5, "order_number", "", "tracking_numbers", " | ", "shipped_at", "5/12/2026"), 3);
    assertFalse(read.ok());
    assertNull(read.row());
    List<String> columns = new ArrayList<>();
    read.problems().forEach(p -> columns.add(p.column() + ":" + p.key()));
    assertEquals(
        List.of(
            "order_number:imports.tracking.noOrder",
            "tracking_numbers:imports.tracking.noNumbers",
            "shipped_at:imports.tracking.badDate"),
        columns);
    read.problems().forEach(p -> assertEquals(5, p.line()));
  }

  @Test
  void numbersAreCheckedAsTheShippingPageChecksThem() {
    TrackingRow.Read read =
        TrackingRow.read(
            record(4, "order_number", "7-BFG", "tracking_numbers", "OK-1 not,valid"), 2);
    assertEquals(1, read.problems().size());
    assertEquals("tracking_numbers", read.problems().get(0).column());
    assertEquals("shipment.tracking.invalid", read.problems().get(0).key());
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= TrackingRow.MAX_PARCELS; i++) {
      many.append("P").append(i).append(' ');
    }
    assertEquals(
        "shipment.tracking.tooMany",
        TrackingRow.read(record(4, "order_number", "7-BFG", "tracking_numbers", many.toString()), 2)
            .problems()
            .get(0)
            .key());
  }

  @Test
  void aRowLongerThanTheHeaderIsRefused() {
    CsvRecord r = new CsvRecord(6, Map.of("order_number", "7-BFG", "tracking_numbers", "X1"), 3);
    assertEquals("imports.row.tooManyCells", TrackingRow.read(r, 2).problems().get(0).key());
  }

  @Test
  void aRowWasSentBeforeWhenTheOrderWentWithAllItsNumbers() {
    TrackingRow row =
        TrackingRow.read(record(2, "order_number", "7-BFG", "tracking_numbers", "A1|B2"), 2).row();
    assertTrue(row.sentBefore(List.of("B2", "A1")));
    assertTrue(row.sentBefore(List.of("A1", "B2", "C3")));
    assertFalse(row.sentBefore(List.of("A1")));
    assertFalse(row.sentBefore(List.of()));
  }

  @Test
  void theTemplateIsAFileTheTrackingFormatReads() throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, TrackingRow.template(), StandardCharsets.UTF_8);
    List<TrackingRow> rows = read(file);
    assertEquals(2, rows.size());
    assertEquals(List.of("PK002ES", "PK003ES"), rows.get(1).numbers());
    assertEquals("Standard delivery", rows.get(1).method());
  }

  @Test
  void semicolonsAreReadToo() throws Exception {
    Path file = dir.resolve("s.csv");
    Files.writeString(
        file, "order_number;tracking_numbers\r\n12-BFG;Z9 Z8\r\n", StandardCharsets.UTF_8);
    List<TrackingRow> rows = read(file);
    assertEquals("12-BFG", rows.get(0).orderNumber());
    assertEquals(List.of("Z9", "Z8"), rows.get(0).numbers());
  }

  private static List<TrackingRow> read(Path file) throws IOException, CsvRefusedException {
    List<TrackingRow> rows = new ArrayList<>();
    try (CsvSource src =
        CsvSource.open(
            file, 1 << 20, TrackingRow.REQUIRED, new LinkedHashSet<>(TrackingRow.COLUMNS))) {
      for (CsvRecord r = src.next(); r != null; r = src.next()) {
        TrackingRow.Read read = TrackingRow.read(r, src.header().size());
        assertTrue(read.ok(), read.problems()::toString);
        rows.add(read.row());
      }
    }
    return rows;
  }
}
