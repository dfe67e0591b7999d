/** The return and its lines, their status and actions. */
package com.orderpool.returns.entity;
