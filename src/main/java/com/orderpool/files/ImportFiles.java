package com.orderpool.files;

import com.orderpool.tenancy.TenantSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Files of orders sent in for import: {@code <root>/tenant_<code>/imports/<uuid>.csv}, under the
 * same storage root as attachments (shared by the nodes of a cluster). A key is the file's name;
 * only keys this store made are accepted, so no path can reach another folder.
 */
@ApplicationScoped
public class ImportFiles {
  private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}\\.csv");

  @Inject AttachmentStore uploads;

  /** A received file: its key and size. */
  public record Kept(String key, long size) {}

  /** Copies what is sent into the tenant's import folder (too large: refused, nothing kept). */
  public Kept receive(String tenantCode, InputStream in, long maxBytes) {
    AttachmentStore.Staged staged = uploads.receive(tenantCode, in, maxBytes);
    String key = UUID.randomUUID() + ".csv";
    try {
      Path target = path(tenantCode, key);
      Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
      return new Kept(key, staged.size());
    } catch (IOException | RuntimeException e) {
      uploads.discard(staged);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /** Where the tenant's file of a key is (its folder is created). */
  public Path path(String tenantCode, String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not an import key: " + key);
    }
    Path dir =
        AttachmentStore.configuredRoot().resolve(TenantSchema.of(tenantCode)).resolve("imports");
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
