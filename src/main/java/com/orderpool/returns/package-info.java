/**
 * Returns: pieces of shipped orders sent back by customers, with a reason and an action each
 * (refund, store credit, replace, repair), received and closed; the tenant's return settings.
 */
package com.orderpool.returns;
