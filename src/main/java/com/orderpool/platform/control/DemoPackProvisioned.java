package com.orderpool.platform.control;

/**
 * Fired once a demo tenant pack was provisioned on the embedded database (its first start), so that
 * the demo context can fill the new tenant with orders to explore.
 */
public record DemoPackProvisioned(String code, String locale) {}
