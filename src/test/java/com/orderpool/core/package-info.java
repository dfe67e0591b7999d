/** Unit tests of the shared core types: addresses, the base URL and page requests. */
package com.orderpool.core;
