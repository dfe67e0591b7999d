/** Customers, stored in each tenant's schema, with their contact details and last addresses. */
package com.orderpool.customers.entity;
