/** The Import pages. */
package com.orderpool.imports.web;
