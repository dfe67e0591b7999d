package com.orderpool.webhooks.control;

/**
 * A delivery that ended FAILED (its retries ran out, or its endpoint is off or gone), fired in the
 * relay's transaction that records it, in the delivery's tenant: the context that queued it (such
 * as a partner's submission) can take note. A replay later is not told.
 */
public record WebhookGaveUp(long deliveryId, String eventType, String lastError) {}
