/** Partner, its rule and addresses, and the submission of an order to a partner. */
package com.orderpool.partners.entity;
