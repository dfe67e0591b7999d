/**
 * Backing beans of the order pages: the pool (table and filters, new-order dialog, bulk and row
 * actions, one bean each), the order dashboard and its edits and attachments, statuses, setup items
 * and order settings, and the live-update push.
 */
package com.orderpool.orders.web;
