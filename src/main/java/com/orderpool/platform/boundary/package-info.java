/**
 * Platform boundaries: the transaction, security and tenant edge of provisioning, users and login.
 */
package com.orderpool.platform.boundary;
