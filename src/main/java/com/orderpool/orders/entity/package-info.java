/** Order entities, stored in each tenant's schema. */
package com.orderpool.orders.entity;
