/**
 * Platform control: provisioning steps, tenant packs, password hashing and tokens, and the usage
 * figures of the platform console (months, per-tenant rows, platform-schema and schema-size
 * queries).
 */
package com.orderpool.platform.control;
