package com.orderpool.files;

import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A tenant's whole folder below the storage root ({@code <root>/tenant_<code>}: attachments with
 * their thumbnails, uploads still being received, the branding logo), measured for the platform
 * console's usage page.
 */
@ApplicationScoped
public class TenantFiles {
  private Path root;

  @PostConstruct
  void init() {
    root = AttachmentStore.configuredRoot();
  }

  /**
   * The bytes of every regular file in the tenant's folder (0 when it has none). Symbolic links are
   * not followed; a file removed while the folder is walked is skipped.
   */
  public long bytes(String tenantCode) {
    Path folder = root.resolve(TenantSchema.of(tenantCode));
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    long[] total = {0};
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                total[0] += attrs.size();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total[0];
  }
}
