package com.orderpool.collaboration.entity;

/** Where a customer question stands; the rank orders the Tickets page (open first). */
public enum TicketStatus {
  OPEN(0),
  ANSWERED(1),
  CLOSED(2);

  private final int rank;

  TicketStatus(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }
}
