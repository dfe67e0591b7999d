/**
 * Demo data for the embedded database: when a demo tenant pack is first provisioned, its order pool
 * is filled with realistic orders (every status and payment state), customers, invoices, a credit
 * note, a group, tasks, tickets, memos and attachments, all made through the services.
 */
package com.orderpool.demo;
