package com.orderpool.imports.control;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.SftpAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The SFTP server of the tenants' inboxes (Apache MINA SSHD), started with the application (see
 * {@link SftpConfig}). A login is a tenant's SFTP account (password or public key; a suspended
 * tenant's is refused) and is jailed in its tenant's folder ({@link SftpJails}): the client sees
 * that folder as {@code /} and cannot leave it. Only SFTP is offered: no shell, no commands, no
 * forwarding. Sign-ins and imports run on the server's managed executor, in the application's
 * context. Every minute, files left in the inboxes (e.g. across a restart) are picked up.
 */
@ManagedExecutorDefinition(name = SftpServer.EXECUTOR, context = ImportTimer.CONTEXT, maxAsync = 4)
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class SftpServer {
  static final String EXECUTOR = "java:app/concurrent/orderpool-sftp";

  /** The tenant a session signed in as. */
  static final AttributeKey<String> TENANT = new AttributeKey<>();

  /** A file left in an inbox this long without a change is taken by the sweep. */
  static final Duration QUIET = Duration.ofSeconds(30);

  private static final Logger LOG = Logger.getLogger(SftpServer.class.getName());
  private static final long SIGN_IN_SECONDS = 30;

  @Inject SftpAccounts accounts;
  @Inject SftpIntake intake;
  @Inject PlatformStore platform;
  @Inject Clock clock;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  private SftpConfig config;
  private SshServer sshd;
  private InboxEvents events;
  private volatile String fingerprint;
  private volatile int port;

  @PostConstruct
  void start() {
    config = SftpConfig.load();
    if (!config.enabled()) {
      LOG.info(() -> "SFTP inbox server off (" + SftpConfig.ENABLED + "=false)");
      return;
    }
    try {
      Files.createDirectories(config.hostKey().getParent());
      SimpleGeneratorHostKeyProvider hostKeys =
          new SimpleGeneratorHostKeyProvider(config.hostKey());
      hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
      hostKeys.setKeySize(256);
      List<KeyPair> loaded = hostKeys.loadKeys(null);
      fingerprint = KeyUtils.getFingerPrint(loaded.get(0).getPublic());

      SshServer server = SshServer.setUpDefaultServer();
      server.setHost(config.host());
      server.setPort(config.port());
      server.setKeyPairProvider(hostKeys);
      server.setPasswordAuthenticator(
          (user, password, session) ->
              signIn(session, () -> accounts.signInWithPassword(user, password)));
      server.setPublickeyAuthenticator(
          (user, key, session) -> signIn(session, () -> accounts.signInWithKey(user, key)));
      server.setKeyboardInteractiveAuthenticator(null);
      server.setGSSAuthenticator(null);
      server.setHostBasedAuthenticator(null);
      server.setFileSystemFactory(new Jails(intake.jails()));
      events = new InboxEvents(this::takeSoon);
      SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
      sftp.addSftpEventListener(events);
      server.setSubsystemFactories(List.of(sftp));
      server.start();
      sshd = server;
      port = boundPort(server);
      LOG.info(
          () ->
              "SFTP inbox server on "
                  + config.host()
                  + ":"
                  + port
                  + ", host key "
                  + fingerprint
                  + ", folders under "
                  + config.root());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "SFTP inbox server not started on port " + config.port(), e);
      sshd = null;
    }
  }

  @PreDestroy
  void stop() {
    if (sshd != null) {
      try {
        sshd.stop(true);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "SFTP inbox server did not stop cleanly", e);
      }
      sshd = null;
    }
  }

  /** Whether the server listens. */
  public boolean running() {
    return sshd != null && sshd.isStarted();
  }

  /** The host name tenants connect to. */
  public String publicHost() {
    return config.publicHost();
  }

  /** The port it listens on (the one it got, when configured with 0); 0 when not running. */
  public int port() {
    return running() ? port : 0;
  }

  /** The SHA-256 fingerprint of the server's host key, as OpenSSH shows it. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Picks up files left in the inboxes of active tenants (e.g. dropped before a restart). */
  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void sweep() {
    if (!running()) {
      return;
    }
    try {
      for (String code : platform.activeTenantCodes()) {
        for (String folder : List.of(SftpJails.INBOX, SftpJails.TRACKING)) {
          Optional<Path> dropped = intake.jails().existing(code, folder);
          if (dropped.isPresent()) {
            sweep(code, folder, dropped.get());
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "SFTP inboxes not swept", e);
    }
  }

  private void sweep(String code, String folder, Path inbox) {
    Instant quietSince = clock.instant().minus(QUIET);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
      for (Path f : files) {
        SftpJails.Drop drop = new SftpJails.Drop(folder, f.getFileName().toString());
        if (SftpJails.importable(drop.name())
            && !events.isOpen(code, drop)
            && Files.getLastModifiedTime(f).toInstant().isBefore(quietSince)) {
          takeSoon(code, SftpAccounts.usernameOf(code), drop);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "SFTP inbox of " + code + " not swept", e);
    }
  }

  /** Imports a dropped file in the background (the client's close returns at once). */
  void takeSoon(String code, String username, SftpJails.Drop drop) {
    executor.submit(() -> intake.take(code, username, drop));
  }

  /** Asks the platform who signs in, on the managed executor; remembers the tenant. */
  private boolean signIn(ServerSession session, Callable<Optional<String>> check) {
    try {
      Optional<String> tenant = executor.submit(check).get(SIGN_IN_SECONDS, TimeUnit.SECONDS);
      tenant.ifPresent(code -> session.setAttribute(TENANT, code));
      return tenant.isPresent();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "SFTP sign-in not checked", e);
      return false;
    }
  }

  private static int boundPort(SshServer server) {
    for (SocketAddress a : server.getBoundAddresses()) {
      if (a instanceof InetSocketAddress inet) {
        return inet.getPort();
      }
    }
    return server.getPort();
  }

  /** Each session's file system is its tenant's jail, seen as {@code /}. */
  static final class Jails extends VirtualFileSystemFactory {
    private final SftpJails jails;

    Jails(SftpJails jails) {
      this.jails = jails;
    }

    @Override
    public Path getUserHomeDir(SessionContext session) throws IOException {
      String code = session == null ? null : session.getAttribute(TENANT);
      if (code == null) {
        throw new IOException("no tenant signed in");
      }
      return jails.jail(code);
    }
  }

  /** The tenant of a signed-in session. */
  static String tenantOf(SessionContext session) {
    return session.getAttribute(TENANT);
  }
}
