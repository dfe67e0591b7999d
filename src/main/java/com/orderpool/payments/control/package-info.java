/**
 * Applying money to an order (payment rows, status, launch into production, the paid-in-full
 * event), customer credit, provider secrets and signatures, the daily reminder timer and the typed
 * payment settings.
 */
package com.orderpool.payments.control;
