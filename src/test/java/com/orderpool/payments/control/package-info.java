/** Unit tests of provider signatures and the reminder timer. */
package com.orderpool.payments.control;
