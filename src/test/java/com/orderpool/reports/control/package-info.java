/** Unit tests of the invoice design, the design sandbox and logo checks. */
package com.orderpool.reports.control;
