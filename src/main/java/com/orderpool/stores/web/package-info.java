/** The store settings page. */
package com.orderpool.stores.web;
