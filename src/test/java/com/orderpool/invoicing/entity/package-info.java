/**
 * Unit tests of invoices and credit notes (totals, credits, settlement, paid mark) and of the group
 * shipping rates.
 */
package com.orderpool.invoicing.entity;
