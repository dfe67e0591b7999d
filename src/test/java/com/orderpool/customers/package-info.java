/** Browser test of addresses, order edits, the customer directory and order settings. */
package com.orderpool.customers;
