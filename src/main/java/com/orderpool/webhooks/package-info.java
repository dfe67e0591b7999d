/**
 * Outbound webhooks: a tenant's endpoints, events of orders, payments, invoicing, shipping and
 * returns written to a delivery outbox in their own transaction, signed deliveries with retries,
 * the delivery log, replay and test events; partner events go only to the endpoint a partner names.
 */
package com.orderpool.webhooks;
