package com.orderpool.imports.control;

import com.orderpool.core.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rows of one order in an import file, turned into the API's order body. Order columns come
 * from the first row; a later row that gives another value is an error of that row. Numbers are
 * passed on as the file writes them, so nothing is rounded or cut here: a decimal comma with one or
 * two decimals ({@code 89,90}) is read as a decimal point, anything else that is not a plain number
 * is left for the order's rules to refuse.
 */
public final class OrderRows {
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d{1,2}");

  /** A problem of one row: its line, the column (or null) and a message key with arguments. */
  public record RowProblem(int line, String column, String key, Object... args) {}

  private final String reference;
  private final List<CsvRecord> rows = new ArrayList<>();

  public OrderRows(String reference) {
    this.reference = reference;
  }

  public void add(CsvRecord row) {
    rows.add(row);
  }

  public String reference() {
    return reference;
  }

  public int firstLine() {
    return rows.get(0).line();
  }

  public int size() {
    return rows.size();
  }

  /** The line of the row a body field came from (order fields: the first row). */
  public int lineOf(String field) {
    int index = ImportColumns.lineIndexOf(field);
    return index >= 0 && index < rows.size() ? rows.get(index).line() : firstLine();
  }

  /** Rows that disagree with the first on an order column, or have more cells than the header. */
  public List<RowProblem> problems(int headerColumns) {
    List<RowProblem> out = new ArrayList<>();
    CsvRecord first = rows.get(0);
    for (CsvRecord r : rows) {
      if (r.fieldCount() > headerColumns) {
        out.add(new RowProblem(r.line(), null, "imports.row.tooManyCells", headerColumns));
      }
      if (r == first) {
        continue;
      }
      for (String column : ImportColumns.ORDER.keySet()) {
        String value = r.get(column);
        if (value != null && !value.equals(first.get(column))) {
          out.add(new RowProblem(r.line(), column, "imports.row.differs", column, first.line()));
        }
      }
    }
    return out;
  }

  /** The order's body, as the API would receive it, with the channel given. */
  public JsonObject body(String channel) {
    CsvRecord first = rows.get(0);
    Map<String, JsonObjectBuilder> objects = new LinkedHashMap<>();
    JsonObjectBuilder order = JsonP.createObjectBuilder().add("channel", channel);
    for (Map.Entry<String, String> e : ImportColumns.ORDER.entrySet()) {
      String value = first.get(e.getKey());
      if (value == null) {
        continue;
      }
      String field = e.getValue();
      int dot = field.indexOf('.');
      if (dot < 0) {
        order.add(field, field.endsWith("Cost") ? decimal(value) : value);
      } else {
        objects
            .computeIfAbsent(field.substring(0, dot), k -> JsonP.createObjectBuilder())
            .add(field.substring(dot + 1), value);
      }
    }
    objects.forEach(order::add);
    JsonArrayBuilder lines = JsonP.createArrayBuilder();
    for (CsvRecord r : rows) {
      JsonObjectBuilder line = JsonP.createObjectBuilder();
      for (Map.Entry<String, String> e : ImportColumns.LINE.entrySet()) {
        String value = r.get(e.getKey());
        if (value == null) {
          continue;
        }
        switch (e.getValue()) {
          case "quantity" -> {
            if (INTEGER.matcher(value).matches()) {
              line.add("quantity", Long.parseLong(value));
            } else {
              line.add("quantity", value);
            }
          }
          case "unitPrice" -> line.add("unitPrice", decimal(value));
          default -> line.add(e.getValue(), value);
        }
      }
      lines.add(line);
    }
    return order.add("lines", lines).build();
  }

  private static String decimal(String value) {
    return DECIMAL_COMMA.matcher(value).matches() ? value.replace(',', '.') : value;
  }
}
