package com.orderpool.customers.boundary;

import com.orderpool.customers.entity.Customer;
import java.io.Serializable;

/** A customer in the directory list, with the number of orders they placed. */
public record CustomerRow(Customer customer, long orders) implements Serializable {}
