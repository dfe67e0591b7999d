package com.orderpool.collaboration.boundary;

import com.orderpool.collaboration.entity.Task;
import java.io.Serializable;

/** A task with its order's number and whether it is overdue now. */
public record TaskRow(Task task, String orderNumber, boolean overdue) implements Serializable {}
