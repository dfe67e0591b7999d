package com.orderpool.reports.web;

import com.orderpool.core.TableWriter;
import com.orderpool.reports.boundary.Downloads;
import com.orderpool.reports.entity.DownloadJob;
import com.orderpool.web.LocaleBean;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * "Export" on a list page (the pool, the customers, the outbox): the list as the user filtered it,
 * as CSV or XLSX. A short list downloads at once; a long one (over {@link
 * Downloads#BACKGROUND_ROWS} rows) becomes a job in My downloads.
 */
@Named
@ViewScoped
public class ExportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Downloads downloads;
  @Inject LocaleBean locale;

  private String name;
  private TableWriter.Format format;
  private String params;

  /**
   * Starts an export: a short one by clicking the hidden download button in the page's form, a long
   * one as a job.
   */
  public void start(String name, String format, String params, String formId) {
    this.name = name;
    this.format = TableWriter.Format.valueOf(format);
    this.params = params;
    String lang = locale.getLanguage();
    if (downloads.exportSize(name, params, lang) > Downloads.BACKGROUND_ROWS) {
      DownloadJob job = downloads.queueExport(name, this.format, params, lang);
      Messages.info("export.queued", job.getTitle());
      return;
    }
    // the button's id depends on where the page put the buttons (a table's header adds the table's)
    PrimeFaces.current()
        .executeScript(
            "document.getElementById('"
                + formId
                + "').querySelector('[id$=\\':exportDownload\\']').click();");
  }

  /** The short export's file, written as it streams. */
  public StreamedContent getFile() {
    if (name == null) {
      return null;
    }
    String lang = locale.getLanguage();
    return DefaultStreamedContent.builder()
        .name(name + "." + format.extension())
        .contentType(format.mediaType())
        .writer(out -> downloads.export(name, format, params, lang, out))
        .build();
  }
}
