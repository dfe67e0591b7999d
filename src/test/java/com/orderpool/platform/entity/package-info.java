/** Unit tests of platform entities: user roles, sessions that end with the account, suspension. */
package com.orderpool.platform.entity;
