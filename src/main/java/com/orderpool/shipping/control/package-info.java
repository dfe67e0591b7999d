/**
 * When an order may ship (paid, or trusted and allowed before payment), the typed shipping
 * settings, shipment records, tracking links and the customer's e-mail when a shipment is sent.
 */
package com.orderpool.shipping.control;
