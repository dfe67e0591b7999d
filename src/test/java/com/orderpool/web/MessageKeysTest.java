package com.orderpool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the pages and the code use exists in the English and the Spanish bundle, and
 * both bundles hold the same keys: no "???key???" and no English left in the Spanish interface.
 */
class MessageKeysTest {
  private static final Path BUNDLES = Path.of("src/main/resources/com/orderpool/web");

  /** {@code msg['order.new']} in a page. */
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");

  /** Keys handed to {@code Messages} and business errors in the code. */
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "(?:Messages\\.(?:info|warn|error)\\((?:null|[a-zA-Z]+|\"[^\"]*\"),\\s*"
              + "|Messages\\.info\\("
              + "|BusinessException\\.of\\("
              + "|new BusinessException\\(\\s*(?:null|\"[^\"]*\"|[a-zA-Z.()]+),\\s*)"
              + "\"([a-z][A-Za-z0-9_.-]+)\"");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void bothBundlesHoldTheSameKeys() throws IOException {
    Set<String> en = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
    Set<String> es = new TreeSet<>(bundle("messages_es.properties").stringPropertyNames());
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(es);
    Set<String> onlyEs = new TreeSet<>(es);
    onlyEs.removeAll(en);
    assertEquals(Set.of(), onlyEn, "keys missing in Spanish");
    assertEquals(Set.of(), onlyEs, "keys missing in English");
  }

  @Test
  void bothValidationBundlesHoldTheSameKeys() throws IOException {
    Properties en = new Properties();
    Properties es = new Properties();
    Path root = Path.of("src/main/resources");
    try (Reader a = Files.newBufferedReader(root.resolve("ValidationMessages.properties"));
        Reader b = Files.newBufferedReader(root.resolve("ValidationMessages_es.properties"))) {
      en.load(a);
      es.load(b);
    }
    assertEquals(
        new TreeSet<>(en.stringPropertyNames()),
        new TreeSet<>(es.stringPropertyNames()),
        "field messages in both languages");
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> used = keysIn(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY);
    assertTrue(used.size() > 300, "the pages use " + used.size() + " keys");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(bundle("messages.properties").stringPropertyNames());
    assertEquals(Set.of(), missing, "page keys missing from the bundles");
  }

  @Test
  void everyKeyTheCodeShowsExists() throws IOException {
    Set<String> used = keysIn(Path.of("src/main/java"), ".java", CODE_KEY);
    assertTrue(used.size() > 100, "the code uses " + used.size() + " keys");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(bundle("messages.properties").stringPropertyNames());
    assertEquals(Set.of(), missing, "message keys of the code missing from the bundles");
  }

  /** {@code history.record(order, "status", ...)}: the field an order's history records. */
  private static final Pattern HISTORY_FIELD =
      Pattern.compile("history\\.record\\(\\s*[a-z]+,\\s*\"([A-Za-z]+)\"");

  @Test
  void everyFieldOfTheHistoryHasItsWordsAndEveryEmailItsName() throws IOException {
    Set<String> fields = keysIn(Path.of("src/main/java"), ".java", HISTORY_FIELD);
    assertTrue(fields.size() > 15, "history records " + fields);
    fields.add("notified");
    Set<String> keys = bundle("messages.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    fields.stream()
        .map(f -> "history.field." + f)
        .filter(k -> !keys.contains(k))
        .forEach(missing::add);
    for (com.orderpool.notifications.entity.MailEvent e :
        com.orderpool.notifications.entity.MailEvent.values()) {
      if (!keys.contains("mail.event." + e.key())) {
        missing.add("mail.event." + e.key());
      }
    }
    for (com.orderpool.orders.entity.PaymentStatus s :
        com.orderpool.orders.entity.PaymentStatus.values()) {
      if (!keys.contains("payment." + s.name())) {
        missing.add("payment." + s.name());
      }
    }
    assertEquals(Set.of(), missing, "history and e-mail names missing from the bundles");
  }
}
