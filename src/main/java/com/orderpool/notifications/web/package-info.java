/** Pages of the e-mail context: outbox (tenant and platform), template editor, notify customer. */
package com.orderpool.notifications.web;
