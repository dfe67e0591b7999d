/** Shared kernel: the business exception hierarchy, paging types and the injectable clock. */
package com.orderpool.core;
