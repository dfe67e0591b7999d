package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.TaskService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The number of the caller's open tasks next to the My tasks menu item, counted once a request
 * while the page is rendered. Earlier phases of a postback report none: they run before the action
 * that may add or finish a task, so a count taken then would be stale.
 */
@Named
@RequestScoped
public class TaskBadge {
  @Inject TaskService tasks;
  @Inject FacesContext facesContext;

  private Long openCount;

  public long getOpenCount() {
    if (facesContext.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return 0;
    }
    if (openCount == null) {
      openCount = tasks.openCountMine();
    }
    return openCount;
  }
}
