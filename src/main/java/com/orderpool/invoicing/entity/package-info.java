/**
 * Invoices and credit notes with their lines and covered orders (copied on issue, never changed),
 * settlements, order groups with their members, and the group shipping rates.
 */
package com.orderpool.invoicing.entity;
