/**
 * In-container, browser and benchmark tests of documents: rendering, branding, logos and uploaded
 * designs, with PDF and logo helpers.
 */
package com.orderpool.reports;
