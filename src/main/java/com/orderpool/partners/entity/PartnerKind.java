package com.orderpool.partners.entity;

/** What a partner does with the orders passed to it. */
public enum PartnerKind {
  SUPPLIER,
  FULFILMENT
}
