package com.orderpool.core;

/** A window of a list: offset, size, optional sort field and free-text search. */
public record PageRequest(int first, int size, String sortField, boolean ascending, String search) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      first = 0;
    }
    if (size <= 0 || size > MAX_SIZE) {
      size = Math.min(Math.max(size, 1), MAX_SIZE);
    }
    search = search == null || search.isBlank() ? null : search.strip();
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, false, null);
  }

  /** A LIKE pattern matching values that start with the text, wildcards escaped. */
  public static String prefixPattern(String text) {
    return escape(text.strip()) + "%";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The search text as a LIKE pattern with wildcards escaped, or null. */
  public String likePattern() {
    if (search == null) {
      return null;
    }
    return "%" + escape(search.toLowerCase()) + "%";
  }
}
