/** The store settings (tenant admins) and the run of a store import job. */
package com.orderpool.stores.boundary;
