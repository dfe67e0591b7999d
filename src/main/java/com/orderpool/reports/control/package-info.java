/**
 * Reports control: compiling and caching designs, filling and exporting PDFs, branding settings.
 */
package com.orderpool.reports.control;
