/**
 * Backing beans of the partners settings page, the pool's "Submit to partners" action and column,
 * and the order dashboard's Partners tab.
 */
package com.orderpool.partners.web;
