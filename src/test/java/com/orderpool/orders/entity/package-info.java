/** Unit tests of the order aggregate: placing, quantities, edits, addresses, payments and costs. */
package com.orderpool.orders.entity;
