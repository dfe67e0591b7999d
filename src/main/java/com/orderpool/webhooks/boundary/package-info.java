/** The tenant admin's webhook endpoints, their delivery log, replay and test events. */
package com.orderpool.webhooks.boundary;
