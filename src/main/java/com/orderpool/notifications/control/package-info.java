/**
 * Queueing (in the caller's transaction), the relay that delivers after commit, the SMTP adapter,
 * the sandboxed template engine and the e-mails that order events cause.
 */
package com.orderpool.notifications.control;
