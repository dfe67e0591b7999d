/** Matches an arriving order's customer by e-mail and creates it on first sight. */
package com.orderpool.customers.control;
