/**
 * Customers: each tenant's customer directory, matched by e-mail as orders arrive, with their last
 * addresses, order figures and their pages.
 */
package com.orderpool.customers;
