package com.orderpool.collaboration.boundary;

import com.orderpool.collaboration.entity.Ticket;
import java.io.Serializable;

/** A ticket with its order's number and customer, for the Tickets page. */
public record TicketRow(Ticket ticket, String orderNumber, String customerName)
    implements Serializable {}
