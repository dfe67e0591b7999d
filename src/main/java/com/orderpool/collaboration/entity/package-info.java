/** Tasks, memos, tickets and ticket messages, stored in each tenant's schema, with their rules. */
package com.orderpool.collaboration.entity;
