/** The stored first answers of idempotent API requests. */
package com.orderpool.api.entity;
