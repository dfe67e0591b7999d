/**
 * Cluster tests ({@code mvn verify -Pcluster}): Payara Micro nodes in one Data Grid behind HAProxy,
 * started as {@code deploy/cluster} starts them.
 */
package com.orderpool.cluster;
