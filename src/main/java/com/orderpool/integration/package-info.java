/**
 * The REST API's foundation: the JAX-RS application at {@code /api} (resources under {@code
 * /api/v1}), bounded request bodies, and the mapping of every error to RFC 9457 problem+json.
 */
package com.orderpool.integration;
