/** Backing beans of the payment pages: payment settings and the payment-reminder button. */
package com.orderpool.payments.web;
