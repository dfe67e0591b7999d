package com.orderpool.imports.control;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;

/**
 * What the SFTP server lets a tenant's login do in its jail, and when a file is ready: files are
 * written only into {@code inbox/} and {@code tracking/} (the other folders are the server's to
 * fill; no new folders, no links), and a {@code .csv} file is imported once it is closed after
 * writing, or renamed into one of them from a temporary name such as {@code orders.csv.part}. Paths
 * are as the client sees them, with the jail as {@code /}.
 */
final class InboxEvents implements SftpEventListener {
  /** What to do with a file that is ready: the tenant, the user name and the file's name. */
  @FunctionalInterface
  interface Ready {
    void take(String tenantCode, String username, SftpJails.Drop drop);
  }

  private static final Set<StandardOpenOption> WRITING =
      Set.of(
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND,
          StandardOpenOption.CREATE,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.TRUNCATE_EXISTING);

  private static final String ONLY = "files go into /inbox or /tracking only";

  private final Ready ready;
  private final Set<String> open = ConcurrentHashMap.newKeySet();

  InboxEvents(Ready ready) {
    this.ready = ready;
  }

  /** Whether a dropped file of the tenant is open for writing on this node right now. */
  boolean isOpen(String tenantCode, SftpJails.Drop drop) {
    return open.contains(key(tenantCode, drop));
  }

  private static String key(String tenantCode, SftpJails.Drop drop) {
    return tenantCode + "/" + drop.folder() + "/" + drop.name();
  }

  @Override
  public void opening(ServerSession session, String remoteHandle, Handle localHandle)
      throws IOException {
    if (localHandle instanceof FileHandle file && writes(file)) {
      Path seen = file.getFile();
      if (SftpJails.drop(seen).isEmpty()) {
        throw new AccessDeniedException(seen.toString(), null, ONLY);
      }
    }
  }

  @Override
  public void open(ServerSession session, String remoteHandle, Handle localHandle) {
    if (localHandle instanceof FileHandle file && writes(file)) {
      SftpJails.drop(file.getFile())
          .ifPresent(drop -> open.add(key(SftpServer.tenantOf(session), drop)));
    }
  }

  @Override
  public void closed(
      ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
    if (!(localHandle instanceof FileHandle file) || !writes(file)) {
      return;
    }
    Optional<SftpJails.Drop> drop = SftpJails.drop(file.getFile());
    String code = SftpServer.tenantOf(session);
    if (drop.isEmpty() || code == null) {
      return;
    }
    open.remove(key(code, drop.get()));
    if (thrown == null && SftpJails.importable(drop.get().name())) {
      ready.take(code, session.getUsername(), drop.get());
    }
  }

  @Override
  public void moving(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts)
      throws IOException {
    if (SftpJails.drop(dstPath).isEmpty()) {
      throw new AccessDeniedException(dstPath.toString(), null, ONLY);
    }
  }

  @Override
  public void moved(
      ServerSession session,
      Path srcPath,
      Path dstPath,
      Collection<CopyOption> opts,
      Throwable thrown) {
    Optional<SftpJails.Drop> drop = SftpJails.drop(dstPath);
    String code = SftpServer.tenantOf(session);
    if (thrown == null
        && code != null
        && drop.isPresent()
        && SftpJails.importable(drop.get().name())) {
      ready.take(code, session.getUsername(), drop.get());
    }
  }

  @Override
  public void creating(ServerSession session, Path path, Map<String, ?> attrs) throws IOException {
    throw new AccessDeniedException(path.toString(), null, "no new folders");
  }

  @Override
  public void linking(ServerSession session, Path source, Path target, boolean symLink)
      throws IOException {
    throw new AccessDeniedException(source.toString(), null, "no links");
  }

  @Override
  public void removing(ServerSession session, Path path, boolean isDirectory) throws IOException {
    if (isDirectory) {
      throw new AccessDeniedException(path.toString(), null, "the folders stay");
    }
  }

  private static boolean writes(FileHandle file) {
    return file.getOpenOptions().stream().anyMatch(WRITING::contains);
  }
}
