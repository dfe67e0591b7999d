package com.orderpool.orders.entity;

/** MTO orders are single made-to-order items; BULK orders are batches. */
public enum OrderType {
  MTO,
  BULK
}
