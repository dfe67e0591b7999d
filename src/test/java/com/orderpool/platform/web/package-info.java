/** Unit tests of the platform console's page helpers: byte sizes and the usage CSV. */
package com.orderpool.platform.web;
