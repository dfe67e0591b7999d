/**
 * Shared kernel: the business exception hierarchy, paging types, the injectable clock, and the bus
 * that tells every node of a cluster what changed.
 */
package com.orderpool.core;
