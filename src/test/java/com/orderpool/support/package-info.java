/**
 * Test harness: one embedded MariaDB per test JVM and one shared app instance for browser tests.
 */
package com.orderpool.support;
