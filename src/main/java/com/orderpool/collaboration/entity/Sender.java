package com.orderpool.collaboration.entity;

/** Who wrote a ticket message. */
public enum Sender {
  CUSTOMER,
  STAFF
}
