/**
 * Reports: JasperReports document designs (invoices, credit notes) per tenant, their compilation
 * and caching, the tenant's branding (seller details, bank details, logo) and PDF rendering.
 */
package com.orderpool.reports;
