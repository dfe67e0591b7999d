package com.orderpool.files;

import com.orderpool.core.BusinessException;
import com.orderpool.core.Config;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.Arrays;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Attachment files on disk: {@code <root>/tenant_<code>/attachments/<yyyy>/<uuid>}, with a PNG
 * thumbnail next to it as {@code <uuid>.thumb.png}. The root comes from {@code
 * orderpool.storage.root} (env {@code ORDERPOOL_STORAGE_ROOT}); every path below it is made by the
 * server, never taken from a request. Uploads are received into the tenant's {@code .incoming}
 * folder first and then moved into place in one atomic step.
 */
@ApplicationScoped
public class AttachmentStore {
  private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
  private static final Pattern KEY =
      Pattern.compile("\\d{4}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String THUMB_SUFFIX = ".thumb.png";

  private Path root;

  /** An upload received into the staging folder: where it is, its size and its first bytes. */
  public record Staged(Path file, long size, byte[] head) {}

  @PostConstruct
  void init() {
    root = configuredRoot();
  }

  /** The configured storage root, or {@code ~/orderpool-storage} when none is set. */
  public static Path configuredRoot() {
    return Config.get("orderpool.storage.root")
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), "orderpool-storage"))
        .toAbsolutePath()
        .normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * Copies an upload into the tenant's staging folder, stopping as soon as it grows past {@code
   * maxBytes} (then nothing is kept and the upload is refused as too large).
   */
  public Staged receive(String tenantCode, InputStream in, long maxBytes) {
    Path incoming = attachments(tenantCode).resolve(".incoming");
    Path part = null;
    try {
      Files.createDirectories(incoming);
      part = Files.createTempFile(incoming, "upload-", ".part");
      byte[] head = new byte[FileSniffer.HEAD_BYTES];
      int headLength = 0;
      long size = 0;
      try (OutputStream out = Files.newOutputStream(part)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          size += n;
          if (size > maxBytes) {
            throw new BusinessException("file", "attachment.tooLarge", megabytes(maxBytes));
          }
          int take = Math.min(n, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
          out.write(buffer, 0, n);
        }
      }
      return new Staged(part, size, Arrays.copyOf(head, headLength));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(part);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /** Moves a staged upload into its final place; returns its key ({@code yyyy/uuid}). */
  public String keep(String tenantCode, Staged staged, Year year) {
    String key = year.getValue() + "/" + UUID.randomUUID();
    Path target = file(tenantCode, key);
    try {
      Files.createDirectories(target.getParent());
      Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key;
  }

  /** Writes the thumbnail of a stored raster image; false when the image cannot be decoded. */
  public boolean makeThumbnail(String tenantCode, String key) {
    Path file = file(tenantCode, key);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(file.getParent(), "thumb-", ".part");
      boolean written;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        written = Thumbnails.write(file, out);
      }
      if (written) {
        Files.move(tmp, thumbnail(tenantCode, key), StandardCopyOption.ATOMIC_MOVE);
      }
      return written;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "no thumbnail for " + key, e);
      return false;
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** The stored file of a key. */
  public Path file(String tenantCode, String key) {
    Path tenantDir = attachments(tenantCode);
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a storage key: " + key);
    }
    Path file = tenantDir.resolve(key).normalize();
    if (!file.startsWith(tenantDir)) {
      throw new IllegalArgumentException("not a storage key: " + key);
    }
    return file;
  }

  /** The thumbnail of a key (which may not exist). */
  public Path thumbnail(String tenantCode, String key) {
    Path file = file(tenantCode, key);
    return file.resolveSibling(file.getFileName() + THUMB_SUFFIX);
  }

  /** Removes a stored file and its thumbnail; failures are logged, not thrown. */
  public void delete(String tenantCode, String key) {
    deleteQuietly(thumbnail(tenantCode, key));
    deleteQuietly(file(tenantCode, key));
  }

  /** Removes a staged upload that was not kept (no-op once it has been moved). */
  public void discard(Staged staged) {
    if (staged != null) {
      deleteQuietly(staged.file());
    }
  }

  private Path attachments(String tenantCode) {
    return root.resolve(TenantSchema.of(tenantCode)).resolve("attachments");
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete " + path, e);
    }
  }

  /** A byte count as whole megabytes, for messages. */
  public static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }
}
