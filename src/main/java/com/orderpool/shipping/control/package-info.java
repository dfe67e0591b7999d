/** Tracking links and the customer's e-mail when a shipment is sent. */
package com.orderpool.shipping.control;
