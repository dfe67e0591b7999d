package com.orderpool.partners.entity;

/**
 * Where a partner's files go: its SFTP server's host and port, the login, the folder (empty: the
 * login's home) and the pinned host key fingerprint (null until the first connection).
 */
public record SftpTarget(
    String host, int port, String user, String password, String folder, String hostKey) {

  @Override
  public String toString() {
    // never the password
    String path = folder == null ? "" : folder.replaceFirst("^/+", "");
    return "sftp://" + user + "@" + host + ":" + port + "/" + path;
  }
}
