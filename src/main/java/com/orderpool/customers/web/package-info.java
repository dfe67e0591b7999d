/** Backing beans of the customer directory and the customer page. */
package com.orderpool.customers.web;
