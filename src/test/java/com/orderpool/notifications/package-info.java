/**
 * In-container and browser tests of e-mail: the outbox against a real SMTP server, account e-mails,
 * the e-mail pages' boundaries and notify customer.
 */
package com.orderpool.notifications;
