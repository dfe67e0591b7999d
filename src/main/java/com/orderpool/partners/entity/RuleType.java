package com.orderpool.partners.entity;

/** Which orders go to a partner: all, those of listed models, SKU prefixes or channels. */
public enum RuleType {
  ALL,
  MODEL,
  SKU_PREFIX,
  CHANNEL
}
