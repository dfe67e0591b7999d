package com.orderpool.partners.control;

import com.orderpool.partners.entity.SftpTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * Puts a file on a partner's SFTP server: written under a temporary name ({@code .<name>.part}) and
 * renamed when complete, so the partner never reads half a file. The server's host key is pinned:
 * the first connection records its SHA256 fingerprint, and a later connection whose key has another
 * one is refused before anything is sent.
 */
public final class SftpDrop {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Refused or failed; the message says why, for the submission's reason. */
  public static final class DropFailed extends Exception {
    private static final long serialVersionUID = 1L;

    DropFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private SftpDrop() {}

  /** Uploads the file; returns the server's host key fingerprint (to pin on first use). */
  public static String put(SftpTarget target, String fileName, byte[] content) throws DropFailed {
    AtomicReference<String> seen = new AtomicReference<>();
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(
        (ClientSession session, SocketAddress remote, PublicKey key) -> {
          String fingerprint = KeyUtils.getFingerPrint(key);
          seen.set(fingerprint);
          return target.hostKey() == null
              || target.hostKey().isBlank()
              || target.hostKey().equals(fingerprint);
        });
    client.start();
    try (ClientSession session =
        client.connect(target.user(), target.host(), target.port()).verify(TIMEOUT).getSession()) {
      session.addPasswordIdentity(target.password());
      session.auth().verify(TIMEOUT);
      try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
        String folder = folder(target.folder());
        String temp = folder + "." + fileName + ".part";
        String done = folder + fileName;
        try (OutputStream out = sftp.write(temp)) {
          out.write(content);
        }
        try {
          sftp.remove(done); // a file sent again replaces the earlier one
        } catch (IOException none) {
          // nothing there yet
        }
        sftp.rename(temp, done);
      }
      return seen.get();
    } catch (IOException | RuntimeException e) {
      String pinned = target.hostKey();
      if (pinned != null && !pinned.isBlank() && seen.get() != null && !pinned.equals(seen.get())) {
        throw new DropFailed(
            "the server's host key changed (" + seen.get() + ", pinned " + pinned + ")", e);
      }
      throw new DropFailed(reason(e), e);
    } finally {
      client.stop();
    }
  }

  private static String folder(String folder) {
    if (folder == null || folder.isBlank()) {
      return "";
    }
    String f = folder.strip();
    return f.endsWith("/") ? f : f + "/";
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "SFTP: " + message;
  }
}
