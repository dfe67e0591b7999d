/**
 * When an order may ship (paid, or on account: trusted and allowed before payment, see orders'
 * OnAccount, which also holds that setting), the method a customer chose, tracking numbers as
 * people paste them, shipment records, the customer's e-mail when a shipment is sent, and packing
 * slips.
 */
package com.orderpool.shipping.control;
