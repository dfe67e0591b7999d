/** Shared UI pieces: messages, locale, lazy list model, links and the central exception handler. */
package com.orderpool.web;
