/** The partners settings and the submissions of orders to partners: roles, transactions. */
package com.orderpool.partners.boundary;
