package com.orderpool.collaboration.web;

import com.orderpool.collaboration.boundary.TicketRow;
import com.orderpool.collaboration.boundary.TicketService;
import com.orderpool.web.LazyList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The Tickets page: all of the tenant's tickets, open ones first, paged in the database. */
@Named
@ViewScoped
public class TicketsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TicketService tickets;

  private LazyList<TicketRow> list;

  @PostConstruct
  void init() {
    list =
        new LazyList<>(
            ignored -> tickets.count(),
            page -> tickets.list(page),
            r -> String.valueOf(r.ticket().getId()));
  }

  public LazyList<TicketRow> getList() {
    return list;
  }
}
