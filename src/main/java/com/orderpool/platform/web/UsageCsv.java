package com.orderpool.platform.web;

import com.orderpool.core.TableWriter;
import com.orderpool.core.TableWriter.Column;
import com.orderpool.core.TableWriter.Type;
import com.orderpool.platform.control.TenantUsage;
import com.orderpool.platform.control.UsageReport;
import com.orderpool.web.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The usage page as a CSV file: a header row in the user's language (months as {@code yyyy-MM}),
 * then one row per tenant with exact figures: counts and bytes as whole numbers, revenue as
 * decimals in the tenant's currency (other currencies as text beside it), last activity as a local
 * date-time in the server's time zone.
 */
public final class UsageCsv {
  private UsageCsv() {}

  /** The download's file name, e.g. {@code orderpool-usage-2026-11.csv}. */
  public static String fileName(UsageReport report) {
    return "orderpool-usage-" + report.months().thisMonth() + ".csv";
  }

  public static void write(UsageReport report, Locale locale, OutputStream out) throws IOException {
    String thisMonth = report.months().thisMonth().toString();
    String lastMonth = report.months().lastMonth().toString();
    List<Column> columns =
        List.of(
            text(locale, Type.TEXT, "tenant.code"),
            text(locale, Type.TEXT, "tenant.name"),
            text(locale, Type.TEXT, "tenant.status"),
            text(locale, Type.TEXT, "tenant.currency"),
            text(locale, Type.INTEGER, "usage.csv.orders", thisMonth),
            text(locale, Type.INTEGER, "usage.csv.orders", lastMonth),
            text(locale, Type.MONEY, "usage.csv.revenue", thisMonth),
            text(locale, Type.MONEY, "usage.csv.revenue", lastMonth),
            text(locale, Type.TEXT, "usage.csv.otherRevenue", thisMonth),
            text(locale, Type.TEXT, "usage.csv.otherRevenue", lastMonth),
            text(locale, Type.INTEGER, "usage.csv.activeUsers"),
            text(locale, Type.INTEGER, "usage.csv.databaseBytes"),
            text(locale, Type.INTEGER, "usage.csv.fileBytes"),
            text(locale, Type.INTEGER, "usage.csv.storageBytes"),
            text(locale, Type.DATETIME, "usage.csv.lastActivity"));
    try (TableWriter w =
        TableWriter.open(TableWriter.Format.CSV, out, "Usage " + thisMonth, columns)) {
      for (TenantUsage u : report.tenants()) {
        w.row(
            u.getCode(),
            u.getName(),
            Messages.text(locale, "tenant.status." + u.getStatus()),
            u.getCurrency(),
            u.getOrdersThisMonth(),
            u.getOrdersLastMonth(),
            u.getRevenueThisMonth(),
            u.getRevenueLastMonth(),
            others(u.getOtherRevenueThisMonth()),
            others(u.getOtherRevenueLastMonth()),
            u.getActiveUsers(),
            u.getDatabaseBytes(),
            u.getFileBytes(),
            u.getStorageBytes(),
            u.getLastActivity() == null
                ? null
                : LocalDateTime.ofInstant(u.getLastActivity(), report.zone()));
      }
    }
  }

  private static Column text(Locale locale, Type type, String key, Object... args) {
    return new Column(Messages.text(locale, key, args), type);
  }

  /** Other currencies' totals as {@code USD 30.00; GBP 4.10}, or nothing. */
  private static String others(Map<String, BigDecimal> sums) {
    return sums.isEmpty()
        ? null
        : sums.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().toPlainString())
            .collect(Collectors.joining("; "));
  }
}
