package com.orderpool.webhooks.control;

/** Fired when a tenant's webhook outbox gets a delivery; after commit it wakes the relay. */
public record WebhookQueued(String tenantCode) {}
