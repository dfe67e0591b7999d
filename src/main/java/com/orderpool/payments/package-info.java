/**
 * Payments of orders: manual payments, provider (PSP) callbacks, marking paid / not paid, refunds,
 * customer credit, the payment status they give and payment reminders.
 */
package com.orderpool.payments;
