package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.TaskRow;
import com.orderpool.collaboration.boundary.TaskService;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The My tasks page: the caller's tasks, open and overdue ones first, paged in the database. */
@Named
@ViewScoped
public class MyTasksBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskService tasks;

  private LazyList<TaskRow> list;

  @PostConstruct
  void init() {
    list =
        new LazyList<>(
            ignored -> tasks.countMine(),
            page -> tasks.mine(page),
            r -> String.valueOf(r.task().getId()));
  }

  public void done(long taskId) {
    tasks.markDone(taskId);
    Messages.info("task.markedDone");
  }

  public void reopen(long taskId) {
    tasks.reopen(taskId);
    Messages.info("task.reopened");
  }

  public LazyList<TaskRow> getList() {
    return list;
  }
}
