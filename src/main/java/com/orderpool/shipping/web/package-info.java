/** Backing beans of the shipping methods page and the order dashboard's Shipments tab. */
package com.orderpool.shipping.web;
