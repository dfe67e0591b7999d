package com.orderpool.reports.entity;

/** How often a subscribed report is sent: each month for the month before, each week likewise. */
public enum Frequency {
  MONTHLY,
  WEEKLY
}
