/**
 * The customer directory of the current tenant: search by name, e-mail or company prefix, and one
 * customer by id.
 */
package com.orderpool.customers.boundary;
