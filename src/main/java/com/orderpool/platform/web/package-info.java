/** Backing beans of the login, set-password, platform console and users pages. */
package com.orderpool.platform.web;
