/**
 * Tests of page access: folders per role, path spellings, client addresses behind proxies, the
 * first sign-in, and the browser access matrix over every page and caller.
 */
package com.orderpool.platform.security;
