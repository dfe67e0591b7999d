package com.orderpool.imports.control;

import com.orderpool.imports.control.OrderRows.RowProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of a tracking file (see {@link #COLUMNS}): the order it ships (our order number), the
 * shipping method's name (null: the one the order's customer chose), its tracking numbers (one or
 * more, separated by spaces or {@code |}; the same number once) and when the partner shipped it
 * (optional, kept as written once checked). A row is read whole or not at all: {@link #read}
 * answers the row or every problem of it.
 */
public record TrackingRow(
    int line, String orderNumber, String method, List<String> numbers, String shippedAt) {
  public static final String ORDER_NUMBER = "order_number";
  public static final String SHIPPING_METHOD = "shipping_method";
  public static final String TRACKING_NUMBERS = "tracking_numbers";
  public static final String SHIPPED_AT = "shipped_at";

  /** Every column a tracking file may have, in template order. */
  public static final List<String> COLUMNS =
      List.of(ORDER_NUMBER, SHIPPING_METHOD, TRACKING_NUMBERS, SHIPPED_AT);

  /** Columns every tracking file must have. */
  public static final Set<String> REQUIRED = Set.of(ORDER_NUMBER, TRACKING_NUMBERS);

  /** As the shipping page takes them: letters, digits, dots, dashes and slashes, at most 64. */
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._/-]{1,64}");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s|]+");
  static final int MAX_PARCELS = 50;

  /** A row read, or the problems that stop it. */
  public record Read(TrackingRow row, List<RowProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public TrackingRow {
    numbers = List.copyOf(numbers);
  }

  /** Reads a record of a file with {@code headerColumns} columns. */
  public static Read read(CsvRecord r, int headerColumns) {
    List<RowProblem> problems = new ArrayList<>();
    if (r.fieldCount() > headerColumns) {
      problems.add(new RowProblem(r.line(), null, "imports.row.tooManyCells", headerColumns));
    }
    String number = r.get(ORDER_NUMBER);
    if (number == null) {
      problems.add(new RowProblem(r.line(), ORDER_NUMBER, "imports.tracking.noOrder"));
    } else {
      number = number.toUpperCase(Locale.ROOT);
    }
    List<String> numbers = numbers(r.get(TRACKING_NUMBERS));
    if (numbers.isEmpty()) {
      problems.add(new RowProblem(r.line(), TRACKING_NUMBERS, "imports.tracking.noNumbers"));
    }
    for (String n : numbers) {
      if (!NUMBER.matcher(n).matches()) {
        problems.add(new RowProblem(r.line(), TRACKING_NUMBERS, "shipment.tracking.invalid", n));
      }
    }
    if (numbers.size() > MAX_PARCELS) {
      problems.add(
          new RowProblem(r.line(), TRACKING_NUMBERS, "shipment.tracking.tooMany", MAX_PARCELS));
    }
    String shippedAt = r.get(SHIPPED_AT);
    if (shippedAt != null && !isDate(shippedAt)) {
      problems.add(new RowProblem(r.line(), SHIPPED_AT, "imports.tracking.badDate", shippedAt));
    }
    if (!problems.isEmpty()) {
      return new Read(null, List.copyOf(problems));
    }
    return new Read(
        new TrackingRow(r.line(), number, r.get(SHIPPING_METHOD), numbers, shippedAt), List.of());
  }

  /** The numbers of a cell: split on spaces and {@code |}, blanks skipped, each number once. */
  static List<String> numbers(String cell) {
    if (cell == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String n : SEPARATORS.split(cell.strip())) {
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the order already went with every number of this row (the parcels of its shipments
   * sent): the row was settled before, by this file or an earlier one.
   */
  public boolean sentBefore(java.util.Collection<String> sentParcels) {
    return !sentParcels.isEmpty() && sentParcels.containsAll(numbers);
  }

  /** A date ({@code 2026-12-05}), a local date-time or one with an offset (ISO 8601). */
  static boolean isDate(String text) {
    for (java.util.function.Consumer<String> parse :
        List.<java.util.function.Consumer<String>>of(
            LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
      try {
        parse.accept(text);
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }

  /** The header and two example rows, as the template file shows them. */
  public static String template() {
    return String.join(",", COLUMNS)
        + "\r\n"
        + "12345-ABC,,PK001ES,2026-12-05\r\n"
        + "12346-ABC,Standard delivery,PK002ES|PK003ES,\r\n";
  }
}
