/** Unit tests of the task and ticket state rules. */
package com.orderpool.collaboration.entity;
