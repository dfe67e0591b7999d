/** The tenant's outbox (read, retry) and e-mail templates (render, validate, save, reset). */
package com.orderpool.notifications.boundary;
