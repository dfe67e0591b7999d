package com.orderpool.files;

import com.orderpool.tenancy.TenantSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Files made for downloading later (large reports and exports): {@code
 * <root>/tenant_<code>/downloads/<uuid>.<ext>}, under the same storage root as attachments. A key
 * is the file's name; only keys this store made are accepted, so no path can reach another folder.
 */
@ApplicationScoped
public class DownloadStore {
  private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}\\.[a-z]{3,4}");

  private Path root() {
    return AttachmentStore.configuredRoot();
  }

  /** A new key for a file with the extension ({@code csv}, {@code xlsx}, {@code pdf}). */
  public String newKey(String extension) {
    return UUID.randomUUID() + "." + extension;
  }

  /** Where the tenant's file of a key is (its folder is created). */
  public Path path(String tenantCode, String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a download key: " + key);
    }
    Path dir = root().resolve(TenantSchema.of(tenantCode)).resolve("downloads");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.resolve(key);
  }

  /** Deletes the tenant's file of a key, if it is there. */
  public void delete(String tenantCode, String key) {
    try {
      Files.deleteIfExists(path(tenantCode, key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
