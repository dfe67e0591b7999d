/** Platform control: provisioning steps, tenant packs, password hashing and tokens. */
package com.orderpool.platform.control;
