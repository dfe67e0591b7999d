/** Unit tests of the invoice design, the design sandbox, logo checks and report periods. */
package com.orderpool.reports.control;
