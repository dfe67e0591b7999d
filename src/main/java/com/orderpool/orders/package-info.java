/**
 * Orders: the order aggregate, numbering, lifecycle, order pool queries and history; the retailers
 * (sales channels) orders come from and their commissions.
 */
package com.orderpool.orders;
