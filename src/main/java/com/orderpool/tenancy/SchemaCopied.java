package com.orderpool.tenancy;

/** A moving tenant's schema has been copied to {@code server} and is about to be verified. */
public record SchemaCopied(String tenant, String server) {}
