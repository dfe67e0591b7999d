package com.orderpool.platform.control;

import com.orderpool.core.Config;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Creates a platform admin at start-up. A configured password is used as it is; without one a
 * password is generated, written to {@link AdminPasswordFile} under the data folder (never to the
 * log), and must be replaced at the first sign-in.
 */
@Stateless
public class PlatformAdmins {
  /** Where the server keeps its own files (env ORDERPOOL_DATA_DIR). */
  public static final String DATA_DIR = "orderpool.data.dir";

  @Inject PlatformStore store;

  /** The data folder: {@value #DATA_DIR}, else {@code ~/orderpool-data}. */
  public static Path dataDir() {
    return Path.of(
        Config.get(DATA_DIR)
            .orElseGet(
                () -> Path.of(System.getProperty("user.home"), "orderpool-data").toString()));
  }

  /** Creates the admin; returns the password file when the password was generated. */
  public Optional<Path> create(String email, Optional<String> configuredPassword, Path dataDir) {
    if (configuredPassword.isPresent()) {
      store.createWithPassword(
          null, email, "Platform admin", Role.PLATFORM_ADMIN, configuredPassword.get());
      return Optional.empty();
    }
    String password = Tokens.newToken().substring(0, 20);
    Path file = AdminPasswordFile.write(dataDir, email, password);
    UserAccount admin =
        store.createWithPassword(null, email, "Platform admin", Role.PLATFORM_ADMIN, password);
    admin.requirePasswordChange();
    return Optional.of(file);
  }
}
