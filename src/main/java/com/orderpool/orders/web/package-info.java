/**
 * Backing beans of the order pages: the pool (table and filters, new-order dialog, bulk and row
 * actions, one bean each), the order dashboard and its edits, attachments and order settings.
 */
package com.orderpool.orders.web;
