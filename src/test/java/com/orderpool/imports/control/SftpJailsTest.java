package com.orderpool.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SFTP folders: which names are imported, which paths are the inbox, and the settings. */
class SftpJailsTest {
  @TempDir Path root;

  @Test
  void csvFilesAreImportedAndNamesStillBeingWrittenWait() {
    for (String yes :
        new String[] {
          "orders.csv", "WEEK 12.CSV", "a.b.csv", "x.tmp.csv", "x".repeat(196) + ".csv"
        }) {
      assertTrue(SftpJails.importable(yes), yes);
    }
    for (String no :
        new String[] {
          "orders.csv.part",
          "orders.csv.tmp",
          "orders.csv.filepart",
          "orders.csv~",
          ".orders.csv",
          ".csv",
          "orders.txt",
          "orders",
          "",
          "x".repeat(197) + ".csv"
        }) {
      assertFalse(SftpJails.importable(no), no);
    }
  }

  @Test
  void onlyFilesDirectlyInTheInboxCount() {
    assertEquals(Optional.of("a.csv"), SftpJails.inboxName(Path.of("/inbox/a.csv")));
    assertEquals(Optional.of("a.csv"), SftpJails.inboxName(Path.of("/inbox/../inbox/a.csv")));
    assertEquals(Optional.of("a.csv"), SftpJails.inboxName(Path.of("inbox/a.csv")));
    assertEquals(Optional.empty(), SftpJails.inboxName(Path.of("/processed/a.csv")));
    assertEquals(Optional.empty(), SftpJails.inboxName(Path.of("/inbox/sub/a.csv")));
    assertEquals(Optional.empty(), SftpJails.inboxName(Path.of("/inbox/../a.csv")));
    assertEquals(Optional.empty(), SftpJails.inboxName(Path.of("/a.csv")));
    assertEquals(Optional.empty(), SftpJails.inboxName(Path.of("/tracking/a.csv")));
    assertEquals(
        Optional.of(new SftpJails.Drop("tracking", "t.csv")),
        SftpJails.drop(Path.of("/tracking/t.csv")));
    assertTrue(SftpJails.drop(Path.of("/tracking/t.csv")).orElseThrow().tracking());
    assertFalse(SftpJails.drop(Path.of("/inbox/a.csv")).orElseThrow().tracking());
    assertEquals(Optional.empty(), SftpJails.drop(Path.of("/processed/a.csv")));
    assertEquals(Optional.empty(), SftpJails.drop(Path.of("/tracking/sub/a.csv")));
    assertEquals(Optional.empty(), SftpJails.drop(Path.of("/tracking/../a.csv")));
    assertEquals("42-week.csv", SftpJails.resultName(42, "week.csv"));
  }

  @Test
  void aTenantsJailHasItsFourFoldersAndTakenFilesWaitOutsideIt() {
    SftpJails jails = new SftpJails(root);
    assertTrue(jails.existingInbox("BFG").isEmpty(), "nothing made by asking");
    Path jail = jails.jail("BFG");
    assertEquals(root.resolve("tenant_bfg/sftp"), jail);
    for (String f : new String[] {"inbox", "processed", "failed", "tracking"}) {
      assertTrue(Files.isDirectory(jail.resolve(f)), f);
    }
    assertEquals(Optional.of(jail.resolve("inbox")), jails.existingInbox("BFG"));
    assertFalse(jails.taken("BFG").startsWith(jail));
    assertThrows(IllegalArgumentException.class, () -> jails.jail("../x"));
  }

  @Test
  void settingsHaveLoopbackDefaultsAndCanBeChanged() {
    Path data = root.resolve("data");
    SftpConfig d = SftpConfig.of(k -> Optional.empty(), root, data);
    assertTrue(d.enabled());
    assertEquals("127.0.0.1", d.host());
    assertEquals(2222, d.port());
    assertEquals("127.0.0.1", d.publicHost());
    assertEquals(root, d.root());
    assertEquals(data.resolve("sftp-host-key"), d.hostKey());

    Map<String, String> set =
        Map.of(
            SftpConfig.ENABLED, "false",
            SftpConfig.HOST, "0.0.0.0",
            SftpConfig.PORT, " 0 ",
            SftpConfig.PUBLIC_HOST, "sftp.example.com",
            SftpConfig.ROOT, root.resolve("jails").toString());
    SftpConfig c = SftpConfig.of(k -> Optional.ofNullable(set.get(k)), root, data);
    assertFalse(c.enabled());
    assertEquals("0.0.0.0", c.host());
    assertEquals(0, c.port());
    assertEquals("sftp.example.com", c.publicHost());
    assertEquals(root.resolve("jails"), c.root());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SftpConfig.of(
                k -> k.equals(SftpConfig.PORT) ? Optional.of("ssh") : Optional.empty(),
                root,
                data));
  }
}
