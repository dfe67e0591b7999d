/**
 * Notifications: the per-tenant e-mail outbox and its SMTP relay, and the tenant's e-mail templates
 * (defaults from the tenant pack, overrides stored in the tenant schema); retailers' monthly
 * summaries.
 */
package com.orderpool.notifications;
