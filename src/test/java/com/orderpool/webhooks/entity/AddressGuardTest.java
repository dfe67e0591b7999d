package com.orderpool.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.webhooks.entity.AddressGuard.Kind;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSRF guard on resolved addresses (literals only: no lookups in a unit test). */
class AddressGuardTest {
  private static Kind kind(String literal) throws Exception {
    return AddressGuard.classify(InetAddress.getByName(literal));
  }

  @Test
  void publicAddressesPass() throws Exception {
    for (String ip : List.of("93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1")) {
      assertEquals(Kind.PUBLIC, kind(ip), ip);
    }
  }

  @Test
  void loopbackLinkLocalPrivateAndMetadataAreRefused() throws Exception {
    assertEquals(Kind.LOOPBACK, kind("127.0.0.1"));
    assertEquals(Kind.LOOPBACK, kind("127.8.9.10"));
    assertEquals(Kind.LOOPBACK, kind("::1"));
    assertEquals(Kind.LOOPBACK, kind("::ffff:127.0.0.1"), "IPv4-mapped loopback");
    assertEquals(Kind.METADATA, kind("169.254.169.254"));
    assertEquals(Kind.METADATA, kind("fd00:ec2::254"));
    assertEquals(Kind.LINK_LOCAL, kind("169.254.1.1"));
    assertEquals(Kind.LINK_LOCAL, kind("fe80::1"));
    assertEquals(Kind.PRIVATE, kind("10.0.0.1"));
    assertEquals(Kind.PRIVATE, kind("172.16.5.4"));
    assertEquals(Kind.PRIVATE, kind("172.31.255.255"));
    assertEquals(Kind.PRIVATE, kind("192.168.1.1"));
    assertEquals(Kind.PRIVATE, kind("100.64.0.1"), "shared address space");
    assertEquals(Kind.PRIVATE, kind("fd12:3456::1"), "unique local");
    assertEquals(Kind.PRIVATE, kind("::ffff:10.1.2.3"), "IPv4-mapped private");
    assertEquals(Kind.UNSPECIFIED, kind("0.0.0.0"));
    assertEquals(Kind.UNSPECIFIED, kind("::"));
    assertEquals(Kind.MULTICAST, kind("224.0.0.1"));
  }

  @Test
  void theEmbeddedRunMayAllowLoopbackButNothingElse() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    assertTrue(AddressGuard.refusal(loopback, true).isEmpty());
    assertEquals(Kind.LOOPBACK, AddressGuard.refusal(loopback, false).orElseThrow());
    assertEquals(
        Kind.METADATA,
        AddressGuard.refusal(InetAddress.getByName("169.254.169.254"), true).orElseThrow());
    assertEquals(
        Kind.PRIVATE, AddressGuard.refusal(InetAddress.getByName("10.0.0.1"), true).orElseThrow());
  }

  @Test
  void oneBadAddressAmongSeveralRefusesTheHost() throws Exception {
    List<InetAddress> resolved =
        List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7"));
    String why = AddressGuard.refusal(resolved, true).orElseThrow();
    assertTrue(why.contains("10.0.0.7") && why.contains("private"), why);
    assertTrue(AddressGuard.refusal(List.of(InetAddress.getByName("8.8.4.4")), false).isEmpty());
  }
}
