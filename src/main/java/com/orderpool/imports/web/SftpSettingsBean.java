package com.orderpool.imports.web;

import com.orderpool.imports.boundary.SftpSettings;
import com.orderpool.platform.control.SftpAccounts;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The SFTP inbox settings page (tenant admins): where to connect, a new password (shown once, in
 * this view only), and the login's public keys.
 */
@Named
@ViewScoped
public class SftpSettingsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SftpSettings service;

  private SftpSettings.View view;
  private String newPassword;
  private String publicKey;

  @PostConstruct
  void init() {
    view = service.view();
  }

  public void generatePassword() {
    newPassword = service.newPassword();
    view = service.view();
  }

  /** Forgets the shown password: it cannot be shown again. */
  public void dismiss() {
    newPassword = null;
  }

  public void addKey() {
    SftpAccounts.KeyRow added = service.addKey(publicKey);
    Messages.info("sftp.key.added.message", added.fingerprint());
    publicKey = null;
    view = service.view();
  }

  public void removeKey(SftpAccounts.KeyRow key) {
    service.removeKey(key.id());
    Messages.info("sftp.key.removed", key.fingerprint());
    view = service.view();
  }

  public SftpSettings.View getView() {
    return view;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public String getPublicKey() {
    return publicKey;
  }

  public void setPublicKey(String publicKey) {
    this.publicKey = publicKey;
  }
}
