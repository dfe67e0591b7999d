package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.TaskService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The number of the caller's open tasks next to the My tasks menu item, counted once a request. */
@Named
@RequestScoped
public class TaskBadge {
  @Inject TaskService tasks;

  private Long openCount;

  public long getOpenCount() {
    if (openCount == null) {
      openCount = tasks.openCountMine();
    }
    return openCount;
  }
}
