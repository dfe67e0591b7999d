/** Reports boundary: render documents, manage a tenant's designs and branding. */
package com.orderpool.reports.boundary;
