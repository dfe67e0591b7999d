package com.orderpool.orders.entity;

/** How an order came in. */
public enum Channel {
  BACKOFFICE,
  API,
  CSV,
  IMPORT
}
