/**
 * Payment rows (money in, refunds, reversals), payment failures reported by providers, customer
 * credit entries, payment kinds and methods.
 */
package com.orderpool.payments.entity;
