package com.orderpool.partners.entity;

/** Where an order's submission to a partner stands (no row: not submitted). */
public enum SubmissionStatus {
  SUBMITTED,
  FAILED
}
