package com.orderpool.reports.web;

import com.orderpool.reports.boundary.BrandingForm;
import com.orderpool.reports.boundary.BrandingService;
import com.orderpool.reports.boundary.DesignInfo;
import com.orderpool.reports.boundary.ReportDesignService;
import com.orderpool.reports.control.DesignInvalidException;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Settings > Documents (tenant admins): branding, logo and the invoice design. */
@Named
@ViewScoped
public class DocumentSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DESIGN = "invoice";

  @Inject BrandingService branding;
  @Inject ReportDesignService designs;

  private BrandingForm form;
  private String defaultCompanyName;
  private String logoDataUri;
  private DesignInfo design;
  private String designError;

  @PostConstruct
  void init() {
    form = branding.load();
    defaultCompanyName = branding.companyName();
    refreshLogo();
    design = designs.info(DESIGN);
  }

  public void save() {
    branding.save(form);
    defaultCompanyName = branding.companyName();
    Messages.info("settings.saved");
  }

  public void uploadLogo(FileUploadEvent event) {
    branding.uploadLogo(event.getFile().getContent());
    refreshLogo();
    Messages.info("branding.logo.uploaded");
  }

  public void removeLogo() {
    branding.removeLogo();
    refreshLogo();
    Messages.info("branding.logo.removed");
  }

  /** A broken design is refused; the engine's message stays on the page until the next try. */
  public void uploadDesign(FileUploadEvent event) {
    designError = null;
    try {
      design = designs.upload(DESIGN, event.getFile().getContent());
      Messages.info("reports.design.uploaded", event.getFile().getFileName());
    } catch (DesignInvalidException e) {
      designError =
          "reports.design.invalid".equals(e.messageKey())
              ? e.detail()
              : Messages.text(e.messageKey(), e.args());
      Messages.error(null, "reports.design.rejected", event.getFile().getFileName());
    }
  }

  public void resetDesign() {
    designError = null;
    design = designs.resetToDefault(DESIGN);
    Messages.info("reports.design.resetDone");
  }

  public StreamedContent getDesignFile() {
    byte[] xml = designs.source(DESIGN).getBytes(StandardCharsets.UTF_8);
    return download(xml, "application/xml", DESIGN + ".jrxml");
  }

  public StreamedContent preview(String language) {
    return download(
        designs.preview(DESIGN, language),
        "application/pdf",
        "sample-invoice-" + language + ".pdf");
  }

  private void refreshLogo() {
    logoDataUri =
        branding
            .logo()
            .map(
                l ->
                    "data:"
                        + l.contentType()
                        + ";base64,"
                        + Base64.getEncoder().encodeToString(l.bytes()))
            .orElse(null);
  }

  private static StreamedContent download(byte[] bytes, String type, String name) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public BrandingForm getForm() {
    return form;
  }

  public String getDefaultCompanyName() {
    return defaultCompanyName;
  }

  public String getLogoDataUri() {
    return logoDataUri;
  }

  public String getDesignError() {
    return designError;
  }

  public DesignInfo getDesign() {
    return design;
  }
}
