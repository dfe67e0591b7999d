/**
 * Reports control: compiling and caching designs, filling and exporting PDFs, branding settings,
 * and the delivery of subscribed reports by e-mail (due periods, the quarter-hourly timer).
 */
package com.orderpool.reports.control;
