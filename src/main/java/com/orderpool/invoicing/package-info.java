/**
 * Invoices and credit notes of a tenant: gap-free numbers per series, immutable copies of the
 * order's amounts, lines and addresses, their PDFs, and group invoicing of several orders.
 */
package com.orderpool.invoicing;
