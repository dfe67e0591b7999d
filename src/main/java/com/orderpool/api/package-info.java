/**
 * The order REST API for tenants' machines ({@code /api/v1}): API-key callers, their scopes and
 * rate limit, idempotent POSTs, and the order, status and sync endpoints on top of orders.
 */
package com.orderpool.api;
