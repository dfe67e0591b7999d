/**
 * Writing deliveries in the event's transaction, the relay (claims under a row lock with a lease,
 * sends over HTTP with the address guard, records the outcome), settings and the disable notice.
 */
package com.orderpool.webhooks.control;
