/** Authentication (form login, identity store, lockout) and the role guard that answers 404. */
package com.orderpool.platform.security;
