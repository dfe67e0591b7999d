/** Orders: the order aggregate, numbering, lifecycle, order pool queries and history. */
package com.orderpool.orders;
