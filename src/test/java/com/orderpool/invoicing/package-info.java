/**
 * In-container, browser and benchmark tests of invoicing: gap-free numbers, credit notes, the
 * invoice details, group invoicing and group shipping, and tenant isolation.
 */
package com.orderpool.invoicing;
