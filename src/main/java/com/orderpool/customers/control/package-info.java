/** Matching an arriving order's customer by e-mail, creating the customer on first sight. */
package com.orderpool.customers.control;
