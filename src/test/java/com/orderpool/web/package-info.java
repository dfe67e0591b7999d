/** Unit tests of the shared web tier: the security headers filter. */
package com.orderpool.web;
