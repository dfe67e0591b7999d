/**
 * Backing beans of the shipping methods page, the order dashboard's Shipments tab and shipping
 * method, the New order form's method choice and the pool's "Ship selected…" dialog.
 */
package com.orderpool.shipping.web;
