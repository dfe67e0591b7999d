package com.orderpool.webhooks.entity;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may go to: public ones. Loopback, link-local, private, unique-local,
 * shared (carrier-grade NAT), multicast, unspecified and cloud metadata addresses are refused, so a
 * tenant cannot make the server call into its own network. Loopback may be allowed (embedded run
 * and tests). Callers check every address a host name resolves to, on every attempt.
 */
public final class AddressGuard {
  /** Why an address is refused; {@link #PUBLIC} is not refused. */
  public enum Kind {
    PUBLIC,
    LOOPBACK,
    LINK_LOCAL,
    PRIVATE,
    METADATA,
    MULTICAST,
    UNSPECIFIED
  }

  private static final List<InetAddress> METADATA =
      List.of(literal("169.254.169.254"), literal("fd00:ec2::254"));

  private AddressGuard() {}

  public static Kind classify(InetAddress address) {
    InetAddress a = embeddedIpv4(address).orElse(address);
    if (METADATA.contains(a)) {
      return Kind.METADATA;
    }
    if (a.isAnyLocalAddress()) {
      return Kind.UNSPECIFIED;
    }
    if (a.isLoopbackAddress()) {
      return Kind.LOOPBACK;
    }
    if (a.isLinkLocalAddress()) {
      return Kind.LINK_LOCAL;
    }
    if (a.isMulticastAddress()) {
      return Kind.MULTICAST;
    }
    byte[] b = a.getAddress();
    if (a.isSiteLocalAddress() || isPrivateV4(b) || isUniqueLocalV6(a, b)) {
      return Kind.PRIVATE;
    }
    return Kind.PUBLIC;
  }

  /** Why a webhook may not go to this address; empty when it may. */
  public static Optional<Kind> refusal(InetAddress address, boolean allowLoopback) {
    Kind kind = classify(address);
    if (kind == Kind.PUBLIC || (kind == Kind.LOOPBACK && allowLoopback)) {
      return Optional.empty();
    }
    return Optional.of(kind);
  }

  /** The first refused address among those a host resolved to (one bad address refuses all). */
  public static Optional<String> refusal(List<InetAddress> resolved, boolean allowLoopback) {
    for (InetAddress a : resolved) {
      Optional<Kind> kind = refusal(a, allowLoopback);
      if (kind.isPresent()) {
        return Optional.of(
            a.getHostAddress()
                + " is "
                + kind.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
    }
    return Optional.empty();
  }

  private static boolean isPrivateV4(byte[] b) {
    if (b.length != 4) {
      return false;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // "this network"
        || (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 240; // reserved and broadcast
  }

  private static boolean isUniqueLocalV6(InetAddress a, byte[] b) {
    return a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc; // fc00::/7
  }

  /** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 address. */
  private static Optional<InetAddress> embeddedIpv4(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] b = a.getAddress();
    boolean zeros = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
    boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible =
        zeros && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
    if (!mapped && !compatible) {
      return Optional.empty();
    }
    try {
      return Optional.of(Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16)));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static InetAddress literal(String ip) {
    try {
      return InetAddress.getByName(ip); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
