package com.orderpool.imports.boundary.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The import job of {@code /api/v1/imports}, for the OpenAPI document only (never built). */
public final class ImportSchemas {
  private ImportSchemas() {}

  /** An import job: its state, counts, each order's outcome and every bad row. */
  @Schema(
      name = "ImportJob",
      requiredProperties = {"errors", "orders"},
      description =
          "A CSV file being imported. errors lists bad rows (at most 1,000, in file order); orders"
              + " tells what became of each order of the file (empty until the job is done).")
  public static final class ImportJob {
    @Schema(required = true, example = "42")
    public Long id;

    @Schema(
        required = true,
        enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"},
        description = "FAILED: the file was refused as a whole (see error); nothing was imported.")
    public String status;

    @Schema(required = true, example = "shop-export.csv")
    public String fileName;

    @Schema(
        required = true,
        enumeration = {"UPLOAD", "API", "SFTP", "STORE"})
    public String source;

    @Schema(required = true, description = "Percent of the file read.", example = "100")
    public Integer progress;

    @Schema(required = true, description = "Orders created.", example = "2")
    public Integer created;

    @Schema(
        required = true,
        description = "Orders skipped: one with the same reference already came by CSV.",
        example = "0")
    public Integer duplicates;

    @Schema(required = true, description = "Orders refused for their rows' errors.", example = "1")
    public Integer rejected;

    @Schema(required = true, description = "Bad rows in all.", example = "1")
    public Integer errorCount;

    @Schema(required = true, format = "date-time", example = "2026-12-06T09:30:00Z")
    public String createdAt;

    @Schema(format = "date-time", example = "2026-12-06T09:30:04Z")
    public String finishedAt;

    @Schema(ref = "ImportFailure")
    public ImportFailure error;

    public List<ImportRowError> errors;

    public List<ImportedOrder> orders;
  }

  /** Why a file was refused as a whole. */
  @Schema(name = "ImportFailure", description = "Why the whole file was refused.")
  public static final class ImportFailure {
    @Schema(required = true, example = "imports.header.missing")
    public String code;

    @Schema(
        required = true,
        example = "The header lacks these columns: customer_email, unit_price.")
    public String message;
  }

  /** A bad row. */
  @Schema(name = "ImportRowError", description = "A bad row: its line, column and problem.")
  public static final class ImportRowError {
    @Schema(required = true, description = "Line in the file; the header is line 1.", example = "3")
    public Integer line;

    @Schema(required = true, nullable = true, example = "unit_price")
    public String field;

    @Schema(description = "The order the row belongs to.", example = "shop-1002")
    public String orderReference;

    @Schema(required = true, example = "Use at most 10 digits and 2 decimals.")
    public String message;
  }

  /** What became of one order of the file. */
  @Schema(name = "ImportedOrder", description = "What became of one order of the file.")
  public static final class ImportedOrder {
    @Schema(required = true, example = "shop-1001")
    public String orderReference;

    @Schema(required = true, description = "The line of its first row.", example = "2")
    public Integer line;

    @Schema(
        required = true,
        enumeration = {"CREATED", "DUPLICATE", "REJECTED"})
    public String outcome;

    @Schema(description = "The order's number (created or duplicate).", example = "10001-BFG")
    public String number;
  }
}
