/** Platform: tenants and their provisioning, users, roles, login and the platform console. */
package com.orderpool.platform;
