/** Imported files of orders: jobs, what became of each order, and bad rows. */
package com.orderpool.imports.entity;
