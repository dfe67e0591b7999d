/** Platform entities, stored in the platform schema: tenants, user accounts and one-time tokens. */
package com.orderpool.platform.entity;
