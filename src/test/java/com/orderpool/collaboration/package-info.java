/** In-container and browser tests of tasks, memos and tickets, including tenant isolation. */
package com.orderpool.collaboration;
