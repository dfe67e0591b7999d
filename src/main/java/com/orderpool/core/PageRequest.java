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

  /** The search text as a LIKE pattern with wildcards escaped, or null. */
  public String likePattern() {
    if (search == null) {
      return null;
    }
    String escaped =
        search.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
