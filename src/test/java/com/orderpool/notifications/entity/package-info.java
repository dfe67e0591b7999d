/** Unit tests of outbox retries and the masking of one-time links. */
package com.orderpool.notifications.entity;
