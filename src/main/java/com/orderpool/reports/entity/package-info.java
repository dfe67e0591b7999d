/** Reports entities: a tenant's uploaded document designs. */
package com.orderpool.reports.entity;
