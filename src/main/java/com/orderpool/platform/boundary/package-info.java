/**
 * Platform boundaries: the transaction, security and tenant edge of provisioning, users, login and
 * the platform console's usage figures.
 */
package com.orderpool.platform.boundary;
