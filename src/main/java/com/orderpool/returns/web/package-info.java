/** The order dashboard's Returns tab, the Returns page and the return settings page. */
package com.orderpool.returns.web;
