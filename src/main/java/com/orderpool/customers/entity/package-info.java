/** The customer entity: contact details and the last billing and shipping addresses used. */
package com.orderpool.customers.entity;
