package com.orderpool.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.entity.Channel;
import com.orderpool.partners.entity.PartnerAddresses;
import com.orderpool.partners.entity.PartnerRule;
import com.orderpool.partners.entity.RuleType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which orders a partner's rule takes, and how a rule and the addresses are checked. */
class PartnerRulesTest {

  private static BusinessException refused(Runnable r) {
    return assertThrows(BusinessException.class, r::run);
  }

  @Test
  void allTakesEveryOrderAndStoresNoList() {
    PartnerRule all = PartnerRule.of(RuleType.ALL, "ignored");
    assertTrue(all.matches(null, null, List.of()));
    assertTrue(all.matches("Oxford", Channel.API, List.of("OX-1")));
    assertNull(all.value());
  }

  @Test
  void modelListMatchesWholeNamesInAnyCase() {
    PartnerRule rule = PartnerRule.of(RuleType.MODEL, " Oxford ,derby,, oxford ");
    assertEquals(List.of("Oxford", "derby"), rule.items(), "trimmed, no empties, no duplicates");
    assertEquals("Oxford, derby", rule.value());
    assertTrue(rule.matches("OXFORD", Channel.BACKOFFICE, List.of()));
    assertTrue(rule.matches(" Derby ", Channel.BACKOFFICE, List.of()));
    assertFalse(rule.matches("Oxfords", Channel.BACKOFFICE, List.of()), "whole names only");
    assertFalse(rule.matches(null, Channel.BACKOFFICE, List.of()));
    assertFalse(rule.matches("Loafer", Channel.BACKOFFICE, List.of("Oxford")));
  }

  @Test
  void skuPrefixMatchesWhenAnyLineStartsWithOne() {
    PartnerRule rule = PartnerRule.of(RuleType.SKU_PREFIX, "ox-, DB");
    assertTrue(rule.matches("x", Channel.API, List.of("ZZ-1", "OX-38")));
    assertTrue(rule.matches("x", Channel.API, List.of("db-40")));
    assertFalse(rule.matches("x", Channel.API, List.of("XOX-38", "D-B")));
    assertFalse(rule.matches("x", Channel.API, Arrays.asList(null, "")), "lines without SKU");
    assertFalse(rule.matches("x", Channel.API, List.of()));
  }

  @Test
  void channelListTakesChannelNamesInAnyCaseAndRefusesOthers() {
    PartnerRule rule = PartnerRule.of(RuleType.CHANNEL, "api, csv");
    assertEquals(List.of("API", "CSV"), rule.items());
    assertTrue(rule.matches("Oxford", Channel.API, List.of()));
    assertTrue(rule.matches("Oxford", Channel.CSV, List.of()));
    assertFalse(rule.matches("Oxford", Channel.BACKOFFICE, List.of()));
    assertFalse(rule.matches("Oxford", null, List.of()));

    BusinessException e = refused(() -> PartnerRule.of(RuleType.CHANNEL, "API, shop"));
    assertEquals("partner.rule.channel.unknown", e.messageKey());
    assertEquals(PartnerRule.FIELD, e.field());
    assertEquals("shop", e.args()[0]);
  }

  @Test
  void aListRuleNeedsAnItemOfAtMostEightyCharactersAndAtMostFifty() {
    assertEquals(
        "partner.rule.value.required",
        refused(() -> PartnerRule.of(RuleType.MODEL, " , ,")).messageKey());
    assertEquals(
        "partner.rule.value.required",
        refused(() -> PartnerRule.of(RuleType.SKU_PREFIX, null)).messageKey());
    assertEquals(
        "partner.rule.itemTooLong",
        refused(() -> PartnerRule.of(RuleType.MODEL, "a".repeat(81))).messageKey());
    String many =
        String.join(",", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "m" + i).toList());
    assertEquals(
        "partner.rule.tooMany", refused(() -> PartnerRule.of(RuleType.MODEL, many)).messageKey());
    assertEquals("ruleType", refused(() -> PartnerRule.of(null, "x")).field());
  }

  @Test
  void aStoredRuleReadsBackTheSame() {
    PartnerRule rule = PartnerRule.of(RuleType.SKU_PREFIX, "OX-,DB-");
    PartnerRule again = PartnerRule.of(rule.type(), rule.value());
    assertEquals(rule.items(), again.items());
  }

  @Test
  void addressesAreSplitCheckedAndCountedOnce() {
    assertEquals(
        List.of("orders@elche.example", "copy@elche.example"),
        PartnerAddresses.parse(" orders@elche.example; copy@elche.example,ORDERS@elche.example "));
    BusinessException bad = refused(() -> PartnerAddresses.parse("orders@elche, x@y.example"));
    assertEquals("partner.email.invalid", bad.messageKey());
    assertEquals("email", bad.field());
    assertEquals("orders@elche", bad.args()[0]);
    assertEquals(
        "partner.email.required", refused(() -> PartnerAddresses.parse(" , ")).messageKey());
    assertEquals(
        "partner.email.tooMany",
        refused(() -> PartnerAddresses.parse("a@x.es b@x.es c@x.es d@x.es e@x.es f@x.es"))
            .messageKey());
  }
}
