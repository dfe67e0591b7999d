package com.orderpool.notifications.control;

/** Fired when a tenant's outbox gets a message; after commit it wakes the relay for that tenant. */
public record MailQueued(String tenantCode) {}
