package com.orderpool.imports.control;

import com.orderpool.core.Config;
import com.orderpool.files.AttachmentStore;
import com.orderpool.platform.control.PlatformAdmins;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the SFTP inbox server runs, from MicroProfile Config: {@value #ENABLED} ({@code true}),
 * {@value #HOST}, the address it binds ({@code 127.0.0.1}), {@value #PORT} ({@code 2222}; {@code 0}
 * takes any free port), {@value #PUBLIC_HOST}, the host name tenants are told to connect to (the
 * bound address by default), {@value #ROOT}, the folder holding each tenant's {@code
 * tenant_<code>/sftp} folder (the storage root by default), and {@value #HOST_KEY}, the server's
 * key file ({@code sftp-host-key} in the data folder), made on first start and kept, so its
 * fingerprint stays the same.
 */
public record SftpConfig(
    boolean enabled, String host, int port, String publicHost, Path root, Path hostKey) {
  public static final String ENABLED = "orderpool.sftp.enabled";
  public static final String HOST = "orderpool.sftp.host";
  public static final String PORT = "orderpool.sftp.port";
  public static final String PUBLIC_HOST = "orderpool.sftp.public-host";
  public static final String ROOT = "orderpool.sftp.root";
  public static final String HOST_KEY = "orderpool.sftp.host-key";

  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 2222;

  /** The configuration of this server. */
  public static SftpConfig load() {
    return of(Config::get, AttachmentStore.configuredRoot(), PlatformAdmins.dataDir());
  }

  /** The configuration from these settings, storage root and data folder. */
  static SftpConfig of(Function<String, Optional<String>> get, Path storageRoot, Path dataDir) {
    boolean enabled =
        get.apply(ENABLED).map(v -> !v.strip().equalsIgnoreCase("false")).orElse(true);
    String host = get.apply(HOST).map(String::strip).orElse(DEFAULT_HOST);
    int port = get.apply(PORT).map(String::strip).map(SftpConfig::port).orElse(DEFAULT_PORT);
    String publicHost = get.apply(PUBLIC_HOST).map(String::strip).orElse(host);
    Path root =
        get.apply(ROOT)
            .map(v -> Path.of(v.strip()))
            .orElse(storageRoot)
            .toAbsolutePath()
            .normalize();
    Path hostKey =
        get.apply(HOST_KEY)
            .map(v -> Path.of(v.strip()))
            .orElse(dataDir.resolve("sftp-host-key"))
            .toAbsolutePath()
            .normalize();
    return new SftpConfig(enabled, host, port, publicHost, root, hostKey);
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException(PORT + " must be 0 to 65535: " + value);
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT + " must be a number: " + value, e);
    }
  }
}
