/** Reports entities: a tenant's uploaded document designs and its people's report subscriptions. */
package com.orderpool.reports.entity;
