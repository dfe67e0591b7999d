/**
 * When an order may ship (paid, or trusted and allowed before payment), the typed shipping
 * settings, the method a customer chose, tracking numbers as people paste them, shipment records,
 * the customer's e-mail when a shipment is sent, and packing slips.
 */
package com.orderpool.shipping.control;
