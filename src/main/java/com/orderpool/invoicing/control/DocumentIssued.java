package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.Invoice;

/**
 * Fired inside the transaction that issues an invoice or a credit note (numbered and written), so
 * observers write their own records in that same transaction.
 */
public record DocumentIssued(Invoice document) {}
