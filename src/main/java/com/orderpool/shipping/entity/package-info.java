/** Shipping methods, shipments, what each shipment carries of which order, and parcels. */
package com.orderpool.shipping.entity;
