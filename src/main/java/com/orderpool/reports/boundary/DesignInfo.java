package com.orderpool.reports.boundary;

import com.orderpool.reports.control.ReportDesigns.Origin;
import java.io.Serializable;
import java.time.Instant;

/**
 * Which design a document uses for the tenant, and who uploaded it when (uploaded ones only). The
 * getters are for the pages (Jakarta EL 5 does not read record components).
 */
public record DesignInfo(String name, Origin origin, Instant uploadedAt, String uploadedBy)
    implements Serializable {
  public boolean isUploaded() {
    return origin == Origin.UPLOADED;
  }

  public Origin getOrigin() {
    return origin;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
