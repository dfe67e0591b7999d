package com.orderpool.invoicing.control;

import com.orderpool.core.BusinessException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant's number format for invoices or credit notes, such as {@code INV-{yyyy}-{seq:6}}: text,
 * an optional year and the sequence number padded to a width. Everything except the sequence names
 * the series, so a format with the year starts a new gap-free series each year.
 */
public final class DocNumberFormat {
  public static final int MAX_LENGTH = 30;
  private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d))?}");
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9/_.\\-]*");

  private final String prefix;
  private final String suffix;
  private final int width;

  private DocNumberFormat(String prefix, String suffix, int width) {
    this.prefix = prefix;
    this.suffix = suffix;
    this.width = width;
  }

  /** Parses a format; an unusable one is refused with a message for the settings form. */
  public static DocNumberFormat parse(String format) {
    if (format == null || format.isBlank() || format.length() > MAX_LENGTH) {
      throw new BusinessException("numberFormat", "invoice.format.length", MAX_LENGTH);
    }
    Matcher m = SEQ.matcher(format);
    if (!m.find()) {
      throw new BusinessException("numberFormat", "invoice.format.noSeq");
    }
    String before = format.substring(0, m.start());
    String after = format.substring(m.end());
    if (SEQ.matcher(after).find()) {
      throw new BusinessException("numberFormat", "invoice.format.twoSeq");
    }
    String literal = (before + after).replace("{yyyy}", "");
    if (!ALLOWED.matcher(literal).matches()) {
      throw new BusinessException("numberFormat", "invoice.format.chars");
    }
    int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
    return new DocNumberFormat(before, after, Math.max(1, width));
  }

  /** The series a document issued on {@code day} belongs to, e.g. {@code INV-2026-#}. */
  public String series(LocalDate day) {
    return year(prefix, day) + "#" + year(suffix, day);
  }

  /** The printed number for a sequence value on {@code day}, e.g. {@code INV-2026-000123}. */
  public String format(long seq, LocalDate day) {
    String digits = Long.toString(seq);
    String padded =
        digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    return year(prefix, day) + padded + year(suffix, day);
  }

  private static String year(String part, LocalDate day) {
    return part.replace("{yyyy}", Integer.toString(day.getYear()));
  }
}
