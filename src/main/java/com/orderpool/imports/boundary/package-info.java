/** The imports context's services: files of orders sent in, and their jobs. */
package com.orderpool.imports.boundary;
