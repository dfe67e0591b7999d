/** API callers and scopes, rate limit, idempotency, the order feed and the JSON of orders. */
package com.orderpool.api.control;
