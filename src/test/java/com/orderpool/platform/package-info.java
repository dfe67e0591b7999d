/**
 * In-container and browser tests of the platform: provisioning, users, sign-in and sessions, the
 * foundation journey, the provisioning benchmark and their HTTP and SQL helpers.
 */
package com.orderpool.platform;
