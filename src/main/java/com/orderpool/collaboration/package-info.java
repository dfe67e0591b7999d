/** Collaboration on an order: staff tasks, internal memos and customer tickets. */
package com.orderpool.collaboration;
