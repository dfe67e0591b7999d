/** Backing beans of the order pool and the new-order form. */
package com.orderpool.orders.web;
