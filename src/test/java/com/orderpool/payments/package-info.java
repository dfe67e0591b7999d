/**
 * In-container and browser tests of payments: manual and provider payments, reminders, customer
 * credit, the pay page and tenant isolation.
 */
package com.orderpool.payments;
