/**
 * Matching an arriving order's customer by e-mail, creating the customer on first sight, and
 * whether a customer is trusted.
 */
package com.orderpool.customers.control;
