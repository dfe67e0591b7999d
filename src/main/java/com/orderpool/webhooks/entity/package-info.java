/**
 * Webhook endpoints (URL, events, signing secrets), deliveries with their retry state, attempts;
 * the event types, the signature, the retry plan and the address guard as plain rules.
 */
package com.orderpool.webhooks.entity;
