/**
 * Pages of group invoicing (the group, the Groups list and the pool's Group button), the invoices
 * tab of the order dashboard and the shipping rate settings.
 */
package com.orderpool.invoicing.web;
