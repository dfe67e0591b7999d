/** The tenant's store connection: address, API credentials, switched on or off, last import. */
package com.orderpool.stores.entity;
