/**
 * Unit tests of platform services: password hashing, sign-in and reset throttling, the generated
 * admin password file, tenant packs and demo data.
 */
package com.orderpool.platform.control;
