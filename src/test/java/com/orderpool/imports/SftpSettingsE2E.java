package com.orderpool.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A tenant admin opens the SFTP inbox settings: where to connect, a new password shown once (and it
 * signs in over SFTP, checked against the fingerprint the page shows), a public key refused and one
 * added; the page in Spanish.
 */
class SftpSettingsE2E {
  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFyWvSHUZSulZU8lUs/aNjtMwdZ+I+UDqbKFptvGL+sc"
          + " partner@example";

  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = new Browser(TestEnvironment.appUrl());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAdminGeneratesAPasswordSeenOnceAndAddsAKey() throws Exception {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new Dimension(1440, 900));

    browser.click("#navSftp");
    browser.waitForText("No password yet");
    String user = code.toLowerCase();
    assertEquals(user, browser.text("#sftpForm\\:username"));
    assertEquals("127.0.0.1", browser.text("#sftpForm\\:host"));
    int port = Integer.parseInt(browser.text("#sftpForm\\:port"));
    String fingerprint = browser.text("#sftpForm\\:fingerprint");
    assertTrue(fingerprint.startsWith("SHA256:"), fingerprint);

    browser.click("#sftpForm\\:generate");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("Copy this password now");
    String password = browser.find("#passwordForm\\:secret").getAttribute("value");
    assertEquals(24, password.length(), password);
    browser.screenshot("95-sftp-password");
    assertTrue(signsIn(user, password, port, fingerprint), "the shown password works");

    browser.click("#passwordForm\\:done");
    browser.waitUntil(d -> browser.pageSource().contains("Copy this password now") ? null : true);
    browser.open("/settings/sftp.xhtml");
    browser.waitForText("Public keys");
    assertFalse(browser.pageSource().contains(password), "the password is never shown again");

    browser.type("#sftpForm\\:publicKey", "ssh-ed25519 AAAAnot-a-key");
    browser.click("#sftpForm\\:addKey");
    browser.waitForText("This is not a valid OpenSSH public key.");
    browser.type("#sftpForm\\:publicKey", KEY);
    browser.click("#sftpForm\\:addKey");
    browser.waitForText("SHA256:dy8wuaIpDu8LvrTbmJSnrmJOmP1uuUfWi8Ivc55cTLI");
    assertTrue(browser.text("#sftpForm\\:keys").contains("partner@example"));
    browser.screenshot("96-sftp-settings");

    browser.chooseOne("topbar:language", "ES");
    browser.waitForText("Generar nueva contraseña");
    browser.screenshot("97-sftp-settings-es");
    browser.chooseOne("topbar:language", "EN");
    browser.waitForText("Generate new password");
  }

  /** Whether an SFTP client signs in with this password and sees the inbox. */
  private static boolean signsIn(String user, String password, int port, String fingerprint)
      throws Exception {
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier((s, a, k) -> KeyUtils.getFingerPrint(k).equals(fingerprint));
    client.start();
    try (ClientSession session =
        client.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(30)).getClientSession()) {
      session.addPasswordIdentity(password);
      session.auth().verify(Duration.ofSeconds(30));
      try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
        return sftp.stat("/inbox").isDirectory();
      }
    } finally {
      client.stop();
    }
  }
}
