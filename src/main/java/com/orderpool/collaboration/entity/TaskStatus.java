package com.orderpool.collaboration.entity;

/** A task is open until someone marks it done; it can be reopened. */
public enum TaskStatus {
  OPEN,
  DONE
}
