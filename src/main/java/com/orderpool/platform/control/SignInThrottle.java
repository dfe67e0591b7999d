package com.orderpool.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Throttles sign-in and "forgot password" by client address and by account at that address, so that
 * guessing from one place is refused while the account's owner can still sign in from anywhere else
 * (nobody can lock the platform admin out). Failures count, and so do attempts refused by the
 * throttle (for their address); successes do not:
 *
 * <ul>
 *   <li>an address with {@value #ADDRESS_FAILURES} failed sign-ins within 15 minutes (any accounts)
 *       is refused for 15 minutes;
 *   <li>an account with {@value #ACCOUNT_FAILURES} failed sign-ins from one address within 15
 *       minutes is refused from that address for 15 minutes;
 *   <li>an address gets {@value #ADDRESS_RESETS} reset requests per 15 minutes, and an account
 *       {@value #ACCOUNT_RESETS} reset e-mails per hour; more are answered the same but not sent.
 * </ul>
 *
 * IPv6 addresses count per /64, the block one subscriber usually gets. Each server node counts on
 * its own, so with N nodes an address gets at most N times these attempts.
 */
@ApplicationScoped
public class SignInThrottle {
  public static final int ADDRESS_FAILURES = 30;
  public static final int ACCOUNT_FAILURES = 5;
  public static final int ADDRESS_RESETS = 10;
  public static final int ACCOUNT_RESETS = 3;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration RESET_WINDOW = Duration.ofHours(1);
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f.]*:[0-9a-f:.]*");

  private final Throttle addressFailures = new Throttle(ADDRESS_FAILURES, WINDOW, WINDOW);
  private final Throttle accountFailures = new Throttle(ACCOUNT_FAILURES, WINDOW, WINDOW);
  private final Throttle addressResets = new Throttle(ADDRESS_RESETS, WINDOW, WINDOW);
  private final Throttle accountResets = new Throttle(ACCOUNT_RESETS, RESET_WINDOW, RESET_WINDOW);

  /** True when a sign-in for this account from this address is not even checked. */
  public boolean refusesSignIn(String email, String address, Instant now) {
    String from = addressKey(address);
    return addressFailures.isBlocked(from, now)
        || accountFailures.isBlocked(accountKey(email, from), now);
  }

  public void signInFailed(String email, String address, Instant now) {
    String from = addressKey(address);
    addressFailures.record(from, now);
    accountFailures.record(accountKey(email, from), now);
  }

  /** The account's failures at this address are forgiven; the address's own count stays. */
  public void signInSucceeded(String email, String address) {
    accountFailures.clear(accountKey(email, addressKey(address)));
  }

  /** Counts a reset request; false when it must not be acted on (but is answered the same). */
  public boolean allowsReset(String email, String address, Instant now) {
    return addressResets.tryRecord(addressKey(address), now)
        && accountResets.tryRecord(normalize(email), now);
  }

  /** The key of a client address: IPv4 as is, IPv6 by its first 64 bits. */
  static String addressKey(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    String a = address.strip().toLowerCase(Locale.ROOT);
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    if (!IPV6.matcher(a).matches()) {
      return a;
    }
    try {
      // Only hex digits, colons and dots: parsed as a literal, never looked up in DNS.
      byte[] bytes = InetAddress.getByName(a).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return a;
    }
  }

  private static String accountKey(String email, String addressKey) {
    return normalize(email) + "|" + addressKey;
  }

  private static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
