/** The Webhooks settings page. */
package com.orderpool.webhooks.web;
