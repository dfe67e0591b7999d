/** Tracking links, the customer's e-mail when a shipment is sent, and packing slips. */
package com.orderpool.shipping.control;
