package com.orderpool.files;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ClusterBus;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A tenant's logo on disk, next to its attachments: {@code <storage
 * root>/tenant_<code>/branding/logo} (root from {@code orderpool.storage.root}). Only PNG and JPEG
 * up to 1 MB, recognised by their bytes, at most {@link #MAX_SIDE} pixels a side (checked in the
 * header, before decoding) and decodable as an image. Reads are cached by file time, since every
 * document uses it; a new or deleted logo drops the copy on every node of the cluster ({@link
 * ClusterBus}), also where the file time alone would not tell.
 */
@ApplicationScoped
public class LogoStore {
  public static final int MAX_BYTES = 1024 * 1024;

  /** The largest width or height a logo may have, in pixels (read before decoding). */
  public static final int MAX_SIDE = 4000;

  /** A stored logo: its bytes and content type. */
  public record Logo(byte[] bytes, String contentType) {}

  private record Cached(FileTime modified, Logo logo) {}

  /** The bus channel of changed logos; its key is the tenant code. */
  static final String CHANNEL = "files.logo";

  @Inject ClusterBus bus;

  private Path root;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  @PostConstruct
  void init() {
    root = AttachmentStore.configuredRoot();
  }

  /** Checks an upload and returns its content type; refuses what is not a small PNG or JPEG. */
  public static String check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new BusinessException("logo", "branding.logo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BusinessException("logo", "branding.logo.tooLarge", MAX_BYTES / 1024);
    }
    FileType type = FileSniffer.sniff(bytes).orElse(null);
    if (type != FileType.PNG && type != FileType.JPEG) {
      throw new BusinessException("logo", "branding.logo.type");
    }
    decode(bytes);
    return type == FileType.PNG ? "image/png" : "image/jpeg";
  }

  /**
   * Reads the pixel dimensions from the image header and refuses images larger than {@link
   * #MAX_SIDE} a side before decoding (a small file can declare a huge image that would fill the
   * heap); then decodes it to make sure it is a real image.
   */
  private static void decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new BusinessException("logo", "branding.logo.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1) {
          throw new BusinessException("logo", "branding.logo.unreadable");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
          throw new BusinessException("logo", "branding.logo.dimensions", MAX_SIDE, width, height);
        }
        BufferedImage image = reader.read(0);
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
          throw new BusinessException("logo", "branding.logo.unreadable");
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessException be) {
        throw be;
      }
      throw new BusinessException("logo", "branding.logo.unreadable");
    }
  }

  public Optional<Logo> read(String tenantCode) {
    Path file = file(tenantCode);
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      Cached c = cache.get(tenantCode);
      if (c == null || !c.modified().equals(modified)) {
        byte[] bytes = Files.readAllBytes(file);
        c = new Cached(modified, new Logo(bytes, contentType(bytes)));
        cache.put(tenantCode, c);
      }
      return Optional.of(c.logo());
    } catch (NoSuchFileException none) {
      cache.remove(tenantCode);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the logo in one atomic step (a reader sees the old or the new file). */
  public void write(String tenantCode, byte[] bytes) {
    check(bytes);
    Path file = file(tenantCode);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "logo-", ".part");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      bus.changed(CHANNEL, tenantCode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String tenantCode) {
    try {
      Files.deleteIfExists(file(tenantCode));
      bus.changed(CHANNEL, tenantCode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void dropped(@Observes ClusterBus.Received change) {
    if (change.on(CHANNEL)) {
      cache.remove(change.key());
    }
  }

  private Path file(String tenantCode) {
    return root.resolve(TenantSchema.of(tenantCode)).resolve("branding").resolve("logo");
  }

  private static String contentType(byte[] bytes) {
    return FileSniffer.sniff(bytes).orElse(null) == FileType.PNG ? "image/png" : "image/jpeg";
  }
}
