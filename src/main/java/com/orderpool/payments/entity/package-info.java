/**
 * Payment rows (money in, refunds, reversals), customer credit entries, payment kinds and methods.
 */
package com.orderpool.payments.entity;
