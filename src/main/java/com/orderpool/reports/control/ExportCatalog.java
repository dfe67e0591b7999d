package com.orderpool.reports.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.TableExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The lists every context offers for export (see {@link TableExport}), by name. */
@ApplicationScoped
public class ExportCatalog {
  @Inject @Any Instance<TableExport> found;

  /** The export of a name; an unknown one is not found. */
  public TableExport get(String name) {
    for (TableExport e : found) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new NotFoundException("export", name);
  }
}
