package com.orderpool.partners.web;

import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.Partner;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The Partners page's SFTP dialog: set, change or remove a partner's SFTP channel. */
@Named
@ViewScoped
public class PartnerSftpBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Partners partners;
  @Inject PartnersBean page;

  private Long partnerId;
  private String partnerName;
  private boolean configured;
  private String hostKey;
  private String host;
  private Integer port = 22;
  private String user;
  private String password;
  private String folder;

  public void open(Partner p) {
    partnerId = p.getId();
    partnerName = p.getName();
    configured = p.hasSftp();
    hostKey = p.getSftpHostKey();
    host = p.getSftpHost();
    port = p.getSftpPort() == null ? 22 : p.getSftpPort();
    user = p.getSftpUser();
    password = null;
    folder = p.getSftpFolder();
  }

  public void save() {
    Partner p = partners.saveSftp(partnerId, host, port == null ? 0 : port, user, password, folder);
    page.reload();
    Messages.info("partner.sftp.saved", p.getName());
    PrimeFaces.current().executeScript("PF('sftpDlg').hide()");
  }

  public void remove() {
    Partner p = partners.removeSftp(partnerId);
    page.reload();
    Messages.info("partner.sftp.removed", p.getName());
    PrimeFaces.current().executeScript("PF('sftpDlg').hide()");
  }

  public void forgetHostKey() {
    Partner p = partners.forgetHostKey(partnerId);
    hostKey = null;
    page.reload();
    Messages.info("partner.sftp.keyForgotten", p.getName());
  }

  public String getPartnerName() {
    return partnerName;
  }

  public boolean isConfigured() {
    return configured;
  }

  public String getHostKey() {
    return hostKey;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }
}
