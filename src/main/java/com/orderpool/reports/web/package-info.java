/**
 * Reports web tier: the reports page (downloads and my scheduled reports), the report file servlet,
 * and the documents settings page (branding, logo, invoice design).
 */
package com.orderpool.reports.web;
