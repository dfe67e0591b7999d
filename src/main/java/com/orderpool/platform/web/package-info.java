/**
 * Backing beans of the login, set-password, platform console (tenants, usage and its CSV export)
 * and users pages.
 */
package com.orderpool.platform.web;
