/** Order control: gap-free per-tenant numbering from a locked counter row. */
package com.orderpool.orders.control;
