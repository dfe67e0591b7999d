/**
 * Document and group numbering (locked counter rows), invoice and credit-note creation, the
 * triggers that issue them as orders move, their PDFs and e-mails, group policy and shipping
 * shares, and the typed invoicing and shipping-rate settings.
 */
package com.orderpool.invoicing.control;
