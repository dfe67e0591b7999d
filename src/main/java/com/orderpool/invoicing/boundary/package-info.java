/**
 * Invoices and credit notes of an order (issue, details, credit, settle), group invoicing, the
 * group pages' reads and the group shipping rate table.
 */
package com.orderpool.invoicing.boundary;
