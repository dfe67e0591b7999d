/** Pages of group invoicing (the group and the Groups list) and the shipping rate settings. */
package com.orderpool.invoicing.web;
