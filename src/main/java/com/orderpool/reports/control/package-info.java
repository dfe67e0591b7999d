/** Reports control: compiling and caching designs, filling and exporting PDFs, branding storage. */
package com.orderpool.reports.control;
