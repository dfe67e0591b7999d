/**
 * Backing beans of the customer list and the customer page (contact and addresses; orders and
 * payments add their parts of the page).
 */
package com.orderpool.customers.web;
