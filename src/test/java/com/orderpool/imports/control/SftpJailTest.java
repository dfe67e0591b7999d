package com.orderpool.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jail and the inbox rules with a real SSH server and SFTP client on loopback, without the
 * application around them: the login sees its tenant's folder as {@code /}, writes only into the
 * inbox, and a file is ready once closed (or renamed from a temporary name).
 */
class SftpJailTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path root;

  private SshServer server;
  private SshClient client;
  private ClientSession session;
  private SftpClient sftp;
  private final List<String> ready = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(root.resolve("key"));
    keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
    server.setKeyPairProvider(keys);
    server.setPasswordAuthenticator(
        (user, password, s) -> {
          s.setAttribute(SftpServer.TENANT, "AAA");
          return "pw".equals(password);
        });
    server.setKeyboardInteractiveAuthenticator(null);
    server.setFileSystemFactory(new SftpServer.Jails(new SftpJails(root)));
    SftpSubsystemFactory factory = new SftpSubsystemFactory.Builder().build();
    factory.addSftpEventListener(
        new InboxEvents(
            (code, user, drop) ->
                ready.add(code + " " + user + " " + drop.folder() + "/" + drop.name())));
    server.setSubsystemFactories(List.of(factory));
    server.start();

    client = SshClient.setUpDefaultClient();
    client.start();
    session = client.connect("aaa", "127.0.0.1", server.getPort()).verify(WAIT).getClientSession();
    session.addPasswordIdentity("pw");
    session.auth().verify(WAIT);
    sftp = SftpClientFactory.instance().createSftpClient(session);
  }

  @AfterEach
  void stop() throws IOException {
    sftp.close();
    session.close();
    client.stop();
    server.stop(true);
  }

  private void put(String path) throws IOException {
    try (OutputStream out = sftp.write(path)) {
      out.write("x".getBytes(StandardCharsets.UTF_8));
    }
  }

  private List<String> list(String dir) throws IOException {
    List<String> names = new ArrayList<>();
    try {
      sftp.readDir(dir).forEach(e -> names.add(e.getFilename()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    names.removeAll(List.of(".", ".."));
    return names;
  }

  @Test
  void theLoginSeesOnlyItsFoldersAndCannotLeaveThem() throws IOException {
    Path other = new SftpJails(root).jail("BBB");
    Files.writeString(other.resolve("inbox/b.csv.part"), "b");
    assertEquals(
        List.of("failed", "inbox", "processed", "tracking"), list("/").stream().sorted().toList());
    assertEquals("/", sftp.canonicalPath("/.."));
    assertEquals("/", sftp.canonicalPath("../../.."));
    for (String dir : List.of("/../tenant_bbb/sftp/inbox", "../tenant_bbb", other.toString())) {
      assertThrows(IOException.class, () -> list(dir), dir);
    }
    for (String file :
        List.of(
            "/../tenant_bbb/sftp/inbox/x.csv",
            other.resolve("inbox/x.csv").toString(),
            "/processed/x.csv",
            "/x.csv")) {
      assertThrows(IOException.class, () -> put(file), file);
    }
    assertThrows(IOException.class, () -> sftp.mkdir("/inbox/sub"));
    assertThrows(IOException.class, () -> sftp.symLink("/inbox/l", other.toString()));
    assertThrows(IOException.class, () -> sftp.rmdir("/processed"));
    assertEquals(List.of("b.csv.part"), List.of(other.resolve("inbox").toFile().list()));
    assertEquals(List.of(), ready);
  }

  @Test
  void aFileIsReadyWhenClosedOrRenamedIntoACsvName() throws Exception {
    put("/inbox/week.csv");
    put("/inbox/late.csv.part");
    assertThrows(IOException.class, () -> sftp.rename("/inbox/week.csv", "/processed/w.csv"));
    sftp.rename("/inbox/late.csv.part", "/inbox/late.csv");
    put("/tracking/sent.csv.part");
    sftp.rename("/tracking/sent.csv.part", "/tracking/sent.csv");
    long end = System.nanoTime() + WAIT.toNanos();
    while (ready.size() < 3 && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertEquals(
        List.of("AAA aaa inbox/week.csv", "AAA aaa inbox/late.csv", "AAA aaa tracking/sent.csv"),
        ready);
    assertEquals(
        List.of("late.csv", "week.csv"),
        list("/inbox").stream().sorted().toList(),
        "the files stay for the intake to take");
  }
}
