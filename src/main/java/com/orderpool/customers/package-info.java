/**
 * Customers of a tenant: the directory that matches each arriving order to its customer by e-mail,
 * and the customer list and page. Below orders on the package map.
 */
package com.orderpool.customers;
