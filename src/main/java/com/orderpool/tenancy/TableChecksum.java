package com.orderpool.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A table's row count and a SHA-256 over its rows in key order, each value in a canonical text
 * form; computed the same way on both servers of a move, so equal tables give equal sums whatever
 * either server's version or row format.
 */
public final class TableChecksum {
  private final MessageDigest digest;
  private long rows;

  public TableChecksum() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds one row's values, in column order. */
  public void row(Object[] values) {
    for (Object v : values) {
      if (v == null) {
        digest.update((byte) 0);
      } else {
        byte[] b =
            v instanceof byte[] bytes ? bytes : v.toString().getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(b);
      }
    }
    digest.update((byte) '\n');
    rows++;
  }

  public Sum sum() {
    return new Sum(rows, HexFormat.of().formatHex(digest.digest()));
  }

  /** A table's count and checksum. */
  public record Sum(long rows, String sha256) {}

  /**
   * What differs between the tables of the source and of the copy: a table missing on either side,
   * a row count or a checksum; empty when the copy is equal.
   */
  public static List<String> differences(Map<String, Sum> source, Map<String, Sum> copy) {
    List<String> out = new ArrayList<>();
    TreeSet<String> tables = new TreeSet<>(source.keySet());
    tables.addAll(copy.keySet());
    for (String t : tables) {
      Sum s = source.get(t);
      Sum c = copy.get(t);
      if (s == null || c == null) {
        out.add(t + ": " + (s == null ? "only in the copy" : "missing in the copy"));
      } else if (s.rows() != c.rows()) {
        out.add(t + ": " + s.rows() + " rows, copy " + c.rows());
      } else if (!s.sha256().equals(c.sha256())) {
        out.add(t + ": checksum differs (" + s.rows() + " rows)");
      }
    }
    return out;
  }
}
