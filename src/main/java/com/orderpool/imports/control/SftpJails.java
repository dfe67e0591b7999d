package com.orderpool.imports.control;

import com.orderpool.tenancy.TenantSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tenants' SFTP folders below a root: {@code tenant_<code>/sftp} is the folder a tenant's login
 * is jailed in, with {@code inbox/} (CSV files dropped here are imported), {@code processed/} and
 * {@code failed/} (where a file goes after its import, named with the job's id), and {@code
 * tracking/} (CSV files of tracking numbers dropped here ship the orders they name). Files being
 * imported wait in {@code tenant_<code>/sftp-taken}, outside the jail.
 */
public final class SftpJails {
  public static final String INBOX = "inbox";
  public static final String PROCESSED = "processed";
  public static final String FAILED = "failed";

  /** CSV files of tracking numbers dropped here ship the orders they name. */
  public static final String TRACKING = "tracking";

  /**
   * A file dropped in one of the folders files may be written to: {@code inbox/} or {@code
   * tracking/}.
   */
  public record Drop(String folder, String name) {
    /** Whether the file carries tracking numbers rather than orders. */
    public boolean tracking() {
      return TRACKING.equals(folder);
    }
  }

  /** The longest name imported (with the job's id and {@code .errors.txt} it still fits). */
  static final int MAX_NAME = 200;

  /** Names that clients give files while they are still being written. */
  private static final Set<String> TEMPORARY = Set.of(".part", ".tmp", ".filepart", ".partial");

  private final Path root;

  public SftpJails(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The tenant's jail, with its four folders (made when missing). */
  public Path jail(String tenantCode) {
    Path jail = root.resolve(TenantSchema.of(tenantCode)).resolve("sftp");
    try {
      for (String folder : new String[] {INBOX, PROCESSED, FAILED, TRACKING}) {
        Files.createDirectories(jail.resolve(folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jail;
  }

  /** The tenant's inbox if the tenant's jail was ever made (nothing is made here). */
  public Optional<Path> existingInbox(String tenantCode) {
    return existing(tenantCode, INBOX);
  }

  /** A folder files are dropped in ({@link #INBOX}, {@link #TRACKING}) if it exists. */
  public Optional<Path> existing(String tenantCode, String folder) {
    Path inbox = root.resolve(TenantSchema.of(tenantCode)).resolve("sftp").resolve(folder);
    return Files.isDirectory(inbox, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(inbox)
        : Optional.empty();
  }

  /** Where the tenant's files wait while they are taken into an import (outside the jail). */
  public Path taken(String tenantCode) {
    Path taken = root.resolve(TenantSchema.of(tenantCode)).resolve("sftp-taken");
    try {
      Files.createDirectories(taken);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return taken;
  }

  /**
   * Whether a file of this name in the inbox is to be imported: a {@code .csv} name (any case) of
   * at most 200 characters, not hidden (a leading dot) and not a name clients use while writing
   * ({@code x.csv.part}, {@code x.csv.tmp}: imported once renamed).
   */
  public static boolean importable(String name) {
    if (name == null || name.isBlank() || name.startsWith(".") || name.length() > MAX_NAME) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (TEMPORARY.stream().anyMatch(lower::endsWith) || lower.endsWith("~")) {
      return false;
    }
    return lower.endsWith(".csv") && lower.length() > ".csv".length();
  }

  /**
   * The name of a file directly in the inbox, given its path as the client sees it (the jail is
   * {@code /}); empty for any other path.
   */
  public static Optional<String> inboxName(Path seen) {
    if (seen == null) {
      return Optional.empty();
    }
    Path p = seen.normalize();
    if (p.getNameCount() != 2 || !INBOX.equals(p.getName(0).toString())) {
      return Optional.empty();
    }
    return Optional.of(p.getFileName().toString());
  }

  /**
   * The folder and name of a file directly in {@code inbox/} or {@code tracking/}, given its path
   * as the client sees it; empty for any other path.
   */
  public static Optional<Drop> drop(Path seen) {
    if (seen == null) {
      return Optional.empty();
    }
    Path p = seen.normalize();
    if (p.getNameCount() != 2) {
      return Optional.empty();
    }
    String folder = p.getName(0).toString();
    return INBOX.equals(folder) || TRACKING.equals(folder)
        ? Optional.of(new Drop(folder, p.getFileName().toString()))
        : Optional.empty();
  }

  /** A file's name in {@code processed/} or {@code failed/}: the job's id, then its name. */
  public static String resultName(long jobId, String name) {
    return jobId + "-" + name;
  }
}
