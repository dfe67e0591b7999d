/**
 * Local run and test harness: the embedded MariaDB, a Payara Micro process running the WAR, and the
 * {@code deploy/run} entry point. Not part of the WAR.
 */
package com.orderpool.dev;
