/**
 * In-container, browser and benchmark tests of orders: numbering and isolation, workflow, edits,
 * attachments, the live pool and the pool driven over HTTP.
 */
package com.orderpool.orders;
