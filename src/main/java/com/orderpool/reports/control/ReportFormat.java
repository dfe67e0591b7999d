package com.orderpool.reports.control;

import com.orderpool.core.TableWriter;
import java.util.Locale;
import java.util.Optional;

/** The formats every report comes in. */
public enum ReportFormat {
  PDF("application/pdf"),
  XLSX(TableWriter.Format.XLSX.mediaType()),
  CSV(TableWriter.Format.CSV.mediaType());

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a file extension ({@code pdf}, {@code xlsx}, {@code csv}), any case. */
  public static Optional<ReportFormat> of(String extension) {
    for (ReportFormat f : values()) {
      if (f.extension().equalsIgnoreCase(extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
