/**
 * Payments of the current tenant's orders (manual, marked paid / not paid), payment-provider
 * callbacks (REST resource and signature check), payment reminders by hand and the payments
 * settings.
 */
package com.orderpool.payments.boundary;
