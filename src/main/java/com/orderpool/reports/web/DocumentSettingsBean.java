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
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Settings > Documents (tenant admins): branding, logo and the designs of the invoice, the packing
 * slip and each report register.
 */
@Named
@ViewScoped
public class DocumentSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DESIGN = "invoice";

  /**
   * The designs in the page's order: the invoice, the packing slip, then the registers as the
   * reports page lists.
   */
  static final List<String> DESIGNS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(DESIGN, "packing-slip"),
              com.orderpool.reports.control.RegisterCatalog.ORDER.stream())
          .toList();

  @Inject BrandingService branding;
  @Inject ReportDesignService designs;

  private BrandingForm form;
  private String defaultCompanyName;
  private String logoDataUri;
  private DesignInfo design;
  private String designName = DESIGN;
  private String designError;

  @PostConstruct
  void init() {
    form = branding.load();
    defaultCompanyName = branding.companyName();
    refreshLogo();
    design = designs.info(DESIGN);
  }

  /** Shows another design's state. */
  public void selectDesign() {
    designError = null;
    design = designs.info(designName);
  }

  public List<String> getDesignNames() {
    return DESIGNS;
  }

  public String getDesignName() {
    return designName;
  }

  public void setDesignName(String designName) {
    this.designName = DESIGNS.contains(designName) ? designName : DESIGN;
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
      design = designs.upload(designName, event.getFile().getContent());
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
    design = designs.resetToDefault(designName);
    Messages.info("reports.design.resetDone");
  }

  public StreamedContent getDesignFile() {
    byte[] xml = designs.source(designName).getBytes(StandardCharsets.UTF_8);
    return download(xml, "application/xml", designName + ".jrxml");
  }

  public StreamedContent preview(String language) {
    return download(
        designs.preview(designName, language),
        "application/pdf",
        "sample-" + designName + "-" + language + ".pdf");
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
