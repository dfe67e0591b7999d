/** Outbox messages and their attachments, tenant template overrides, events and retry rules. */
package com.orderpool.notifications.entity;
