/**
 * Reports boundary: render documents and registers, manage a tenant's designs and branding, and a
 * person's report subscriptions.
 */
package com.orderpool.reports.boundary;
