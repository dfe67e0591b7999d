/** Creating, receiving and closing returns, listing them, and the return settings. */
package com.orderpool.returns.boundary;
