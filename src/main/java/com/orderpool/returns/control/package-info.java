/** Return rules, settings, queries and the customer's e-mail. */
package com.orderpool.returns.control;
