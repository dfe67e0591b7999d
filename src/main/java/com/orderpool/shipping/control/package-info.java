/**
 * When orders ship, the method a customer chose, tracking numbers as people paste them, and the
 * customer's e-mail when a shipment is sent.
 */
package com.orderpool.shipping.control;
