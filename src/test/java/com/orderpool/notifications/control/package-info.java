/** Unit tests of the template engine, the default templates and the order e-mail model. */
package com.orderpool.notifications.control;
