package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;

/** Pasted OpenSSH public keys: read when right, refused with a clear message key when not. */
class SshPublicKeysTest {
  /**
   * A key made by OpenSSH's ssh-keygen (public part only), and its fingerprint as ssh-keygen -l.
   */
  private static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFyWvSHUZSulZU8lUs/aNjtMwdZ+I+UDqbKFptvGL+sc"
          + " partner@example";

  private static final String ED25519_FINGERPRINT =
      "SHA256:dy8wuaIpDu8LvrTbmJSnrmJOmP1uuUfWi8Ivc55cTLI";

  private static PublicKey generated(String algorithm, int bits) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
    g.initialize(bits);
    return g.generateKeyPair().getPublic();
  }

  private static String refusal(String text) {
    return assertThrows(BusinessException.class, () -> SshPublicKeys.parse(text, "publicKey"))
        .messageKey();
  }

  @Test
  void anEd25519KeyIsReadWithTheFingerprintOpenSshShows() {
    SshPublicKeys.Parsed k = SshPublicKeys.parse("  " + ED25519 + "\n", "publicKey");
    assertEquals("ssh-ed25519", k.type());
    assertEquals("partner@example", k.comment());
    assertEquals(ED25519_FINGERPRINT, k.fingerprint());
    assertEquals(ED25519.split(" ")[1], k.data());
  }

  @Test
  void ecdsaAndLargeEnoughRsaKeysAreRead() throws Exception {
    PublicKey ec = generated("EC", 256);
    SshPublicKeys.Parsed e = SshPublicKeys.parse(PublicKeyEntry.toString(ec), "publicKey");
    assertEquals("ecdsa-sha2-nistp256", e.type());
    assertNull(e.comment());
    assertEquals(SshPublicKeys.fingerprint(ec), e.fingerprint());

    PublicKey rsa = generated("RSA", 2048);
    assertEquals("ssh-rsa", SshPublicKeys.parse(PublicKeyEntry.toString(rsa) + " ci", "k").type());
  }

  @Test
  void wrongKeysAreRefusedWithTheirReason() throws Exception {
    assertEquals("sftp.key.required", refusal("  "));
    assertEquals("sftp.key.required", refusal(null));
    assertEquals(
        "sftp.key.private", refusal("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n"));
    assertEquals("sftp.key.oneLine", refusal(ED25519 + "\n" + ED25519));
    assertEquals("sftp.key.type.unknown", refusal("ssh-dss AAAAB3NzaC1kc3MAAACBAP"));
    assertEquals("sftp.key.type.unknown", refusal("from=\"10.0.0.1\" " + ED25519));
    assertEquals("sftp.key.malformed", refusal("ssh-ed25519 not-base64!!"));
    assertEquals("sftp.key.malformed", refusal("ssh-ed25519 AAAAB3NzaC1yc2E="));
    String rsa = PublicKeyEntry.toString(generated("RSA", 2048));
    assertEquals("sftp.key.malformed", refusal("ssh-ed25519 " + rsa.split(" ")[1]));
    assertEquals("sftp.key.weak", refusal(PublicKeyEntry.toString(generated("RSA", 1024))));
  }
}
