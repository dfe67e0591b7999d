/** The transaction, security and tenant boundary of the customer list and page. */
package com.orderpool.customers.boundary;
