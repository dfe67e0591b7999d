/** Who may change collaboration data, who can be assigned tasks, and the ticket reply e-mail. */
package com.orderpool.collaboration.control;
