/** The transaction, security and tenant boundary of tasks, memos and tickets. */
package com.orderpool.collaboration.boundary;
