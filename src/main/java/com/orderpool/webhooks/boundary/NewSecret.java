package com.orderpool.webhooks.boundary;

import com.orderpool.webhooks.entity.WebhookEndpoint;

/** An endpoint with its new signing secret: the only time the secret is shown. */
public record NewSecret(WebhookEndpoint endpoint, String secret) implements java.io.Serializable {}
