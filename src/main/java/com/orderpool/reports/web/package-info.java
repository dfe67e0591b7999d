/** Reports web tier: the documents settings page (branding, logo, invoice design). */
package com.orderpool.reports.web;
